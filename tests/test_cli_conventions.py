"""The command line behaves like its neighbours (sqlite-utils, Datasette, git): whole CSV
when piped, the format from the -o suffix, a closed pipe is a normal end, tables that
measure display width and cannot be driven by stored text, errors a person can act on."""

from __future__ import annotations

import csv
import io
import json
import subprocess

import pytest
import wcwidth
from conftest import cli_command

from relations_db.output.formats import inert


def csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


# --- output that can be trusted when piped --------------------------------------------

LOOKUPS = [
    (("officials",), "id,name,country,positions,aliases"),
    (("official", "Qin Gang"), "id,kind,date,start,end,role,status,visibility,title,location"),
    (("who", "Foreign Minister", "--country", "CN"), "id,name,title,organization,country"),
    (("sanctions",), "id,date,start,end,imposer,authority,target"),
    (("channels", "--country", "US", "--country", "CN"), "channel,event_id,date,status"),
    (("sql", "SELECT title FROM timeline ORDER BY length(title) DESC"), "title"),
]


@pytest.mark.parametrize("args,header", LOOKUPS, ids=[a[0][0] for a in LOOKUPS])
def test_piped_lookups_and_sql_write_whole_csv(seeded_readonly, args, header):
    result = seeded_readonly(*args)  # the test runner's stdout is not a terminal
    assert result.exit_code == 0, result.output
    assert result.output.startswith(header)
    assert "…" not in result.output


def test_piped_sql_keeps_long_cells_whole(seeded_readonly):
    rows = csv_rows(seeded_readonly("sql", "SELECT title FROM timeline").output)
    assert "Blinken meets Qin Gang with his traveling delegation" in {r["title"] for r in rows}


@pytest.mark.parametrize(
    "args",
    [
        ("timeline",),
        ("officials",),
        ("sanctions",),
        ("sql", "SELECT id, title FROM timeline"),
        ("sources",),
        ("stats",),
    ],
)
def test_output_format_follows_the_o_suffix(seeded_readonly, tmp_path, args):
    as_json = tmp_path / "out.json"
    assert seeded_readonly(*args, "-o", str(as_json)).exit_code == 0
    assert isinstance(json.loads(as_json.read_text()), list | dict)
    as_jsonl = tmp_path / "out.jsonl"
    assert seeded_readonly(*args, "-o", str(as_jsonl)).exit_code == 0
    lines = as_jsonl.read_text().splitlines()
    assert lines and all(isinstance(json.loads(line), dict) for line in lines)


def test_an_unknown_o_suffix_asks_for_format(seeded_readonly, tmp_path):
    result = seeded_readonly("timeline", "-o", str(tmp_path / "t.xlsx"))
    assert result.exit_code == 2
    assert "--format" in result.stderr
    assert not (tmp_path / "t.xlsx").exists()


@pytest.mark.parametrize("command", ["officials", "sanctions", "official", "who"])
def test_lookups_offer_jsonl(seeded_readonly, command):
    extra = {"official": ("Qin Gang",), "who": ("Foreign Minister",)}.get(command, ())
    result = seeded_readonly(command, *extra, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows and all(isinstance(r, dict) and r["id"] for r in rows)


def test_closed_pipe_is_a_normal_end(db_url):
    """`relations-db sql ... | head -1`: exit 0 and nothing on standard error."""
    subprocess.run(cli_command(db_url, "init"), check=True, capture_output=True)
    many = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 200000) "
    command = cli_command(db_url, "sql", "--max-rows", "0", many + "SELECT x FROM n")
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.readline() == b"x\n"
    process.stdout.close()
    assert process.wait(timeout=120) == 0
    assert process.stderr.read() == b""


# --- tables for people ------------------------------------------------------------------


def test_tables_align_by_display_width(seeded_readonly):
    result = seeded_readonly(
        "sql", "--format", "table", "SELECT '中华人民共和国外交部' AS org, 'next' AS col"
    )
    header, row = result.output.splitlines()[:2]
    # The second column starts at the same display column on both lines.
    assert wcwidth.wcswidth(header[: header.index("COL")]) == wcwidth.wcswidth(
        row[: row.index("next")]
    )


HOSTILE = (
    "\x1b]0;owned\x07\x1b[2J\x1b]8;;https://evil.example\x1b\\Talks\x1b]8;;\x1b\\ \u202egnp.exe"
)


def _hostile_document(tmp_path):
    doc = tmp_path / "hostile.yaml"
    title = json.dumps(HOSTILE)  # a JSON string is a valid YAML double-quoted scalar
    doc.write_text(
        "officials:\n"
        f"  - {{id: evil-official, name: {title}, country: US}}\n"
        "meetings:\n"
        f"  - {{id: hostile-title, title: {title}, date: 2023-06-01, "
        "participants: [{official: evil-official}]}\n",
        encoding="utf-8",
    )
    return doc


@pytest.mark.parametrize(
    "args",
    [
        ("timeline", "--format", "table"),
        ("sql", "--format", "table", "SELECT title FROM timeline"),
        ("officials", "--format", "table"),
        ("official", "evil-official", "--format", "table"),
        ("event", "hostile-title", "--format", "table"),
        ("who", "x", "--format", "table"),
    ],
)
def test_table_output_escapes_stored_control_characters(seeded, tmp_path, args):
    assert seeded("ingest", str(_hostile_document(tmp_path))).exit_code == 0
    result = seeded(*args)
    assert result.exit_code == 0, result.output
    for char in ("\x1b", "\x07", "\u202e"):
        assert char not in result.output
    if args[0] not in ("who",):
        assert "\\x1b" in result.output


@pytest.mark.parametrize(
    "cell",
    ["＝1+1", "\ufeff=cmd|' /C calc'!A0", "\u200b=HYPERLINK(\"x\")", "\u00a0@SUM(A1)", "＋1+2",
     "\u2060-2+3", "\u3000=1"],
)
def test_csv_cells_behind_invisible_or_fullwidth_signs_are_inert(cell):
    assert inert(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["-5", "+3.5", "Talks", "中国", "\u200bTalks", ""])
def test_csv_plain_cells_and_numbers_stay_as_they_are(cell):
    assert inert(cell) == cell


def test_timeline_csv_makes_a_fullwidth_formula_title_inert(seeded, tmp_path):
    doc = tmp_path / "formula.yaml"
    doc.write_text(
        'meetings:\n  - {id: formula, title: "＝HYPERLINK(\\"http://x\\")", date: 2023-06-01}\n',
        encoding="utf-8",
    )
    assert seeded("ingest", str(doc)).exit_code == 0
    rows = csv_rows(seeded("timeline", "--format", "csv").output)
    assert {r["id"]: r["title"] for r in rows}["formula"].startswith("'＝")


def test_timeline_table_shows_whole_ids(seeded_readonly):
    result = seeded_readonly("timeline", "--format", "table")
    lines = result.output.splitlines()
    assert lines[0].split()[0] == "ID"
    first_cells = {line.split()[0] for line in lines[1:]}
    assert "2023-06-li-shangfu-declines-austin-meeting" in first_cells


def test_timeline_table_keeps_an_id_whole_past_the_rows_it_measured(run, tmp_path):
    # Column widths come from the first 200 rows; a longer id after them was cut ("m-zz…").
    from relations_db.output.formats import SAMPLE

    late = "m-zzz-an-identifier-longer-than-the-first-rows"
    meetings = [{"id": f"m-{i:03d}", "title": "Talks", "date": "2023-01-01"} for i in range(SAMPLE)]
    meetings.append({"id": late, "title": "Late talks", "date": "2024-01-01"})
    doc = tmp_path / "many.json"
    doc.write_text(json.dumps({"meetings": meetings}), encoding="utf-8")
    assert run("ingest", str(doc)).exit_code == 0
    table = tmp_path / "timeline.txt"
    assert run("timeline", "-o", str(table)).exit_code == 0
    assert table.read_text(encoding="utf-8").splitlines()[-1].split()[:2] == [late, "2024-01-01"]


def test_profile_lists_events_under_headers_with_whole_roles(seeded_readonly):
    text = seeded_readonly("official", "Blinken", "--format", "table").output
    events = text[text.index("Events (") :].split("\n\n")[0].splitlines()
    assert events[1].split()[:5] == ["DATE", "KIND", "ROLE", "STATUS", "ID"]
    roles = {line.split()[2] for line in events[2:]}
    assert "traveler" in roles or "guest" in roles
    assert not any(r.endswith("…") for r in roles)


def test_officials_show_organizations_and_position_dates(seeded, tmp_path):
    doc = tmp_path / "posts.yaml"
    doc.write_text(
        "officials:\n"
        "  - id: wang-yi\n    name: Wang Yi\n    country: CN\n    positions:\n"
        "      - {title: Foreign Minister, organization: Ministry of Foreign Affairs,"
        " start: 2013-03-16, end: 2022-12-30}\n",
        encoding="utf-8",
    )
    assert seeded("ingest", str(doc)).exit_code == 0
    table = seeded("officials", "--search", "wang yi", "--format", "table").output
    assert "Foreign Minister, Ministry" in table
    [flat] = csv_rows(seeded("officials", "--search", "wang yi", "--format", "csv").output)
    assert flat["positions"] == (
        "Foreign Minister, Ministry of Foreign Affairs (2013-03-16 to 2022-12-30)"
    )
    [row] = json.loads(seeded("officials", "--search", "wang yi", "--format", "json").output)
    assert row["positions"] == [
        {
            "title": "Foreign Minister",
            "organization": "Ministry of Foreign Affairs",
            "country": "CN",
            "start": "2013-03-16",
            "end": "2022-12-30",
        }
    ]


# --- lookups that say what they know ------------------------------------------------------


def test_who_without_on_answers_from_the_latest_dated_statement(seeded_readonly):
    result = seeded_readonly("who", "Secretary of State", "--country", "US", "--format", "table")
    assert result.output.startswith(
        "Antony Blinken held 'Secretary of State' (US) on 2023-06-17, the latest date on record"
    )
    answer = json.loads(seeded_readonly("who", "Secretary of State", "--format", "json").output)
    assert (answer["on"], answer["latest"]) == ("2023-06-17", True)


def test_who_matches_a_title_with_its_organization(seeded_readonly):
    for typed in ("CIA Director", "Director of the CIA"):
        answer = json.loads(seeded_readonly("who", typed, "--format", "json").output)
        assert [h["id"] for h in answer["holders"]] == ["bill-burns"]
        assert answer["match"] == "title and organization"


SANCTIONS = """\
officials:
  - {id: ivan-petrov, name: Ivan Petrov, country: RU}
sanctions:
  - id: eu-sanctions-petrov
    title: EU sanctions Ivan Petrov
    date: 2022-03-01
    imposer: EU
    target: {official: ivan-petrov}
    program: RUSSIA-EO14024
    lifted: 2023-01-15
  - id: us-sanctions-acme
    title: US sanctions Acme Trading
    date: 2022-05-01
    imposer: US
    target: {organization: Acme Trading, country: IR}
    program: IRAN
"""


def test_sanctions_show_program_and_lifting_and_filter_by_day_and_country(seeded, tmp_path):
    doc = tmp_path / "sanctions.yaml"
    doc.write_text(SANCTIONS, encoding="utf-8")
    assert seeded("ingest", str(doc)).exit_code == 0
    table = seeded("sanctions", "--format", "table").output
    header = table.splitlines()[0].split()
    assert "PROGRAM" in header and "LIFTED" in header
    assert "2023-01-15" in table and "IRAN" in table

    rows = csv_rows(seeded("sanctions", "--format", "csv").output)
    petrov = {r["id"]: r for r in rows}["eu-sanctions-petrov"]
    assert (petrov["program"], petrov["lifted"]) == ("RUSSIA-EO14024", "2023-01-15")

    def ids(*args):
        return [r["id"] for r in csv_rows(seeded("sanctions", *args, "--format", "csv").output)]

    assert ids("--as-of", "2022-06-01") == ["eu-sanctions-petrov", "us-sanctions-acme"]
    assert ids("--as-of", "2023-02-01") == ["us-sanctions-acme"]
    assert ids("--as-of", "2022-01-01") == []
    assert ids("--target-country", "Russia") == ["eu-sanctions-petrov"]
    assert ids("--target-country", "IR") == ["us-sanctions-acme"]


def test_sanctions_unknown_target_suggests_names(seeded_readonly):
    result = seeded_readonly("sanctions", "--target", "Li Shangfo")
    assert result.exit_code == 2
    assert "no sanction target named 'Li Shangfo'" in result.stderr
    assert "Li Shangfu" in result.stderr


def test_sanctions_reject_a_bad_as_of_day(seeded_readonly):
    result = seeded_readonly("sanctions", "--as-of", "June 2023")
    assert result.exit_code == 2 and "--as-of" in result.stderr


# --- consistent options ---------------------------------------------------------------


def test_kind_takes_the_section_name_too(seeded_readonly):
    plural = csv_rows(seeded_readonly("timeline", "--kind", "meetings", "--format", "csv").output)
    singular = csv_rows(seeded_readonly("timeline", "--kind", "meeting", "--format", "csv").output)
    assert plural == singular and len(plural) == 8


def test_limit_0_means_no_limit_as_max_rows_0_does(seeded_readonly):
    everything = csv_rows(seeded_readonly("timeline", "--format", "csv").output)
    assert csv_rows(seeded_readonly("timeline", "--limit", "0").output) == everything
    assert len(csv_rows(seeded_readonly("timeline", "--limit", "2").output)) == 2


# --- errors a person can act on ----------------------------------------------------------


def test_output_into_a_missing_folder_names_the_users_path(seeded_readonly, tmp_path):
    target = tmp_path / "missing" / "t.csv"
    result = seeded_readonly("timeline", "-o", str(target))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {target}: cannot write: no such folder"


def test_output_into_a_named_pipe_writes_through_it_and_leaves_it_a_pipe(
    seeded_readonly, tmp_path
):
    # As `-o /dev/null` or `-o /dev/stdout` must: replacing them left a regular file there.
    import os
    import stat

    fifo = tmp_path / "timeline.pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader, so writing never blocks
    try:
        result = seeded_readonly("timeline", "--format", "csv", "-o", str(fifo))
        assert result.exit_code == 0, result.output
        assert stat.S_ISFIFO(os.stat(fifo).st_mode)
        assert os.read(reader, 1 << 16).decode().startswith("id,kind,date,")
    finally:
        os.close(reader)


def test_output_through_a_symbolic_link_writes_the_file_and_keeps_the_link(
    seeded_readonly, tmp_path
):
    (tmp_path / "data").mkdir()
    real = tmp_path / "data" / "officials.csv"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.csv"
    link.symlink_to(real)
    result = seeded_readonly("officials", "-o", str(link))
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8").startswith("id,name,country,positions")


def test_every_problem_of_a_record_is_reported_in_one_run(run, tmp_path):
    doc = tmp_path / "bad.yaml"
    doc.write_text(
        "meetings:\n"
        "  - id: m1\n    title: A meeting\n    date: 2023-02-30\n    status: maybe\n"
        "    colour: red\n"
        "  - id: m2\n    title: Another\n    visibility: loud\n    date: someday\n",
        encoding="utf-8",
    )
    result = run("ingest", str(doc))
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert [e.split(": ", 4)[2:4] for e in errors] == [
        ["record m1", "date"],
        ["record m1", "status"],
        ["record m1", "colour"],
        ["record m2", "date"],
        ["record m2", "visibility"],
    ]
    assert result.stderr.splitlines()[-1] == "5 errors; nothing was written"


def test_timeout_0_turns_the_limit_off(seeded_readonly):
    result = seeded_readonly("sql", "--timeout", "0", "--format", "csv", "SELECT 1 AS one")
    assert result.exit_code == 0, result.stderr
    assert result.output == "one\n1\n"

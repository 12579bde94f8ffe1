"""Analyst lookups on the seed data, on SQLite and PostgreSQL: officials, profiles, who held
a post, sanctions and channels, in every output format."""

import ast
import csv
import io
import json

import pytest

# The channels between the US and China the day before Blinken's Beijing talks.
US_CN_JUNE_17 = ("channels", "--country", "US", "--country", "CN", "--as-of", "2023-06-17")


def csv_rows(output: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(output)))


def modules_loaded_by(args: list[str], modules: tuple[str, ...]) -> tuple[str, list[str]]:
    """What the CLI prints for `args`, run in a fresh interpreter, and which of `modules`
    it imported to do so."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from relations_db.cli import cli\n"
        f"try:\n    cli({args!r}, prog_name='relations-db')\n"
        "except SystemExit as exit:\n    assert not exit.code, exit.code\n"
        f"print(sorted(m for m in {modules!r} if m in sys.modules), file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return result.stdout, ast.literal_eval(result.stderr.strip().splitlines()[-1])


def test_officials_lists_everyone_by_name_with_their_posts(seeded_readonly):
    result = seeded_readonly("officials", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = csv_rows(result.output)
    assert len(rows) == 10
    by_id = {r["id"]: r for r in rows}
    assert by_id["qin-gang"]["positions"] == "Foreign Minister"
    assert by_id["jake-sullivan"]["country"] == "US"
    assert [r["name"] for r in rows] == sorted((r["name"] for r in rows), key=str.lower)


def test_officials_filters_by_country_and_searches_aliases(seeded_readonly):
    chinese = csv_rows(seeded_readonly("officials", "--country", "China", "--format", "csv").output)
    assert {r["id"] for r in chinese} == {"qin-gang", "xi-jinping", "wang-wentao", "li-shangfu"}
    by_alias = json.loads(
        seeded_readonly("officials", "--search", "tony", "--format", "json").output
    )
    assert [o["id"] for o in by_alias] == ["antony-blinken"]
    assert (
        json.loads(seeded_readonly("officials", "--search", "nobody", "--format", "json").output)
        == []
    )


def test_officials_rejects_an_unknown_country(seeded_readonly):
    result = seeded_readonly("officials", "--country", "Atlantis")
    assert result.exit_code == 2
    assert "--country" in result.stderr and "Atlantis" in result.stderr


def test_official_profile_shows_posts_events_sanctions_and_sources(seeded_readonly):
    result = seeded_readonly("official", "LI SHANGFU", "--format", "json")
    assert result.exit_code == 0, result.output
    profile = json.loads(result.output)
    assert profile["id"] == "li-shangfu"
    assert [p["title"] for p in profile["positions"]] == ["Defense Minister"]
    events = [(e["id"], e["role"], e["status"]) for e in profile["events"]]
    assert events == [
        ("2023-06-li-shangfu-declines-austin-meeting", "declined", "declined"),
        ("us-sanctions-li-shangfu", "target", "held"),
    ]
    [sanction] = profile["sanctions"]
    assert (sanction["imposer"], sanction["reason"]) == ("US", "Russian arms purchases")
    assert [s["id"] for s in profile["sources"]] == ["cnn-2023-06-17-blinken-beijing"]


def test_official_profile_table_reads_as_a_page(seeded_readonly):
    result = seeded_readonly("official", "Blinken", "--format", "table")
    assert result.exit_code == 0, result.output
    text = result.output
    assert text.startswith("Antony Blinken (US)  id: antony-blinken")
    assert "Secretary of State" in text
    assert "Events (6), oldest first" in text
    # Event ids are shown whole (the next command takes them); only they widen a line.
    profile = json.loads(seeded_readonly("official", "Blinken", "--format", "json").output)
    ids = [e["id"] for e in profile["events"]]
    assert all(any(line.split()[4:5] == [i] for line in text.splitlines()) for i in ids)
    longest = max(map(len, ids))
    assert max(len(line) for line in text.splitlines()) <= 80 + longest - 10
    # Oldest first, undated last: the cancelled February trip comes before June.
    assert text.index("2023-02") < text.index("2023-06-18")


def test_official_csv_lists_the_events_with_roles(seeded_readonly):
    rows = csv_rows(seeded_readonly("official", "qin-gang", "--format", "csv").output)
    assert {r["role"] for r in rows} == {"host"}
    assert len(rows) == 3


def test_official_unknown_name_suggests_the_closest(seeded_readonly):
    result = seeded_readonly("official", "Qin Gan")
    assert result.exit_code == 2
    assert "no official named 'Qin Gan'" in result.stderr
    assert "Qin Gang" in result.stderr


def test_official_ambiguous_name_lists_candidates(seeded, tmp_path):
    doc = tmp_path / "two-wangs.yaml"
    doc.write_text(
        "officials:\n"
        "  - {id: wang-yi, name: Wang Yi, aliases: [Wang], country: CN}\n"
        "  - {id: wang-wentao-2, name: Wang Wentao Jr, aliases: [Wang], country: CN}\n"
    )
    assert seeded("ingest", str(doc)).exit_code == 0
    result = seeded("official", "wang")
    assert result.exit_code == 2
    assert "matches 3 officials" in result.stderr  # the seed's Wang Wentao too
    assert "wang-yi (Wang Yi, CN)" in result.stderr
    assert "wang-wentao-2" in result.stderr


def test_who_names_chinas_foreign_minister_on_the_day_of_the_talks(seeded_readonly):
    result = seeded_readonly(
        "who", "Foreign Minister", "--country", "CN", "--on", "2023-06-18", "--format", "table"
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Qin Gang held 'Foreign Minister' (CN) on 2023-06-18")
    assert "stated in sources of 2023-06-17" in result.output
    answer = json.loads(
        seeded_readonly(
            "who",
            "foreign minister",
            "--country",
            "China",
            "--on",
            "2023-06-18",
            "--format",
            "json",
        ).output
    )
    assert [h["id"] for h in answer["holders"]] == ["qin-gang"]


def test_who_uses_position_spans(seeded, tmp_path):
    doc = tmp_path / "ministers.yaml"
    doc.write_text(
        "officials:\n"
        "  - id: wang-yi\n"
        "    name: Wang Yi\n"
        "    country: CN\n"
        "    positions:\n"
        "      - {title: Foreign Minister, start: 2013-03, end: 2022-12-30}\n"
        "      - {title: Foreign Minister, start: 2023-07-25}\n"
    )
    assert seeded("ingest", str(doc)).exit_code == 0

    def holders(day):
        result = seeded(
            "who", "Foreign Minister", "--country", "CN", "--on", day, "--format", "json"
        )
        assert result.exit_code == 0, result.output
        return [(h["id"], h["basis"].split(";")[0]) for h in json.loads(result.output)["holders"]]

    # Wang Yi's spans decide; Qin Gang's post has no dates, so he is listed after them.
    assert holders("2020-01-01") == [
        ("wang-yi", "span covers the day"),
        ("qin-gang", "no dates on record"),
    ]
    assert holders("2023-03-01") == [("qin-gang", "no dates on record")]
    assert holders("2024-01-01")[0] == ("wang-yi", "span covers the day")
    several = seeded(
        "who", "Foreign Minister", "--country", "CN", "--on", "2020-01-01", "--format", "table"
    )
    assert several.output.startswith("2 people on record held 'Foreign Minister' (CN)")


def test_official_profile_lists_posts_over_time(seeded, tmp_path):
    doc = tmp_path / "career.yaml"
    doc.write_text(
        "officials:\n"
        "  - id: career-diplomat\n"
        "    name: Career Diplomat\n"
        "    country: US\n"
        "    positions:\n"
        "      - {title: Ambassador, start: 2021-03-05, end: 2022-12}\n"
        "      - {title: Adviser}\n"
        "      - {title: Deputy, start: '2019', end: '2021'}\n"
        "      - {title: Secretary, start: 2023-01}\n"
        "      - {title: Envoy, end: 2018-05}\n"
    )
    assert seeded("ingest", str(doc)).exit_code == 0
    profile = json.loads(seeded("official", "career-diplomat", "--format", "json").output)
    # Oldest first (a post known only by its end goes by it), undated posts last.
    titles = [p["title"] for p in profile["positions"]]
    assert titles == ["Envoy", "Deputy", "Ambassador", "Secretary", "Adviser"]
    table = seeded("official", "career-diplomat", "--format", "table").output
    assert table.index("Deputy") < table.index("Ambassador") < table.index("Adviser")


def test_who_orders_holders_alike_on_every_backend(seeded, tmp_path):
    doc = tmp_path / "ambassadors.yaml"
    doc.write_text(
        "officials:\n"
        "  - {id: amb-b, name: Amb B, country: FR,\n"
        "     positions: [{title: Ambassador, start: 2020-01-01}]}\n"
        "  - {id: amb-a, name: Amb A, country: FR,\n"
        "     positions: [{title: Ambassador, end: 2022-01-01}]}\n"
    )
    assert seeded("ingest", str(doc)).exit_code == 0
    result = seeded("who", "Ambassador", "--country", "FR", "--on", "2021-01-01", "--format", "csv")
    # The post whose start is not on record first (PostgreSQL listed it last).
    assert [row["id"] for row in csv_rows(result.output)] == ["amb-a", "amb-b"]


def test_who_says_plainly_when_nobody_held_the_post(seeded_readonly):
    result = seeded_readonly(
        "who", "Prime Minister", "--country", "GB", "--on", "2023-06-18", "--format", "table"
    )
    assert result.exit_code == 0
    assert result.output.strip() == "No one on record held 'Prime Minister' (GB) on 2023-06-18."
    assert seeded_readonly("who", "Prime Minister", "--format", "csv").output.strip() == (
        "id,name,title,organization,country,start,end,basis"
    )


def test_who_rejects_a_bad_date(seeded_readonly):
    result = seeded_readonly("who", "Foreign Minister", "--on", "2023-13-01")
    assert result.exit_code == 2
    assert "--on" in result.stderr


def test_sanctions_show_the_defense_minister_sanction(seeded_readonly):
    result = seeded_readonly("sanctions", "--target", "Li Shangfu", "--format", "csv")
    assert result.exit_code == 0, result.output
    [row] = csv_rows(result.output)
    assert row["target"] == "Li Shangfu"
    assert row["imposer"] == "US"
    assert row["authority"] == "US government"
    assert row["reason"] == "Russian arms purchases"
    assert row["sources"] == "cnn-2023-06-17-blinken-beijing"
    assert csv_rows(
        seeded_readonly("sanctions", "--imposer", "United States", "--format", "csv").output
    )
    assert not csv_rows(seeded_readonly("sanctions", "--imposer", "CN", "--format", "csv").output)
    assert not csv_rows(
        seeded_readonly("sanctions", "--target", "Qin Gang", "--format", "csv").output
    )


def test_sanctions_as_of_keeps_an_undated_sanction_once_reported(seeded_readonly):
    # The article of 2023-06-17 says Li Shangfu "is sanctioned" and gives no date.
    def ids(day):
        output = seeded_readonly("sanctions", "--as-of", day, "--format", "csv").output
        return [row["id"] for row in csv_rows(output)]

    assert ids("2023-06-17") == ["us-sanctions-li-shangfu"]
    assert ids("2024-01-01") == ["us-sanctions-li-shangfu"]
    assert ids("2023-06-16") == []  # nothing on record places it before the article


def test_channels_report_the_declined_defense_meeting(seeded_readonly):
    result = seeded_readonly(*US_CN_JUNE_17, "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    channels = {row["channel"]: row for row in report["channels"]}
    defense = channels["defense"]
    assert defense["event_id"] == "2023-06-li-shangfu-declines-austin-meeting"
    assert defense["status"] == "declined"
    assert defense["CN"] == "Li Shangfu" and defense["US"] == "Lloyd Austin"
    assert defense["match"] == "CN side only"  # Austin's post is not in the article
    assert defense["days_since"] == 0  # "this month": June is not over on the 17th
    foreign = channels["foreign"]
    # As of the article's date the June talks lie ahead: the last contact is the trip
    # scrapped in February, 109 days before (from its last possible day, 2023-02-28).
    assert (foreign["event_id"], foreign["status"]) == ("2023-02-blinken-china-visit", "cancelled")
    assert foreign["days_since"] == 109
    assert foreign["last_held_event_id"] is None
    intelligence = channels["intelligence"]
    assert intelligence["event_id"] == "2023-05-burns-beijing-secret-trip"
    assert intelligence["visibility"] == "secret"
    assert channels["head of state"]["event_id"] == "2022-biden-xi-bali-summit"
    assert channels["finance"]["event_id"] is None


def test_channels_later_as_of_sees_the_planned_talks(seeded_readonly):
    result = seeded_readonly(
        "channels",
        "--country",
        "CN",
        "--country",
        "US",
        "--as-of",
        "2023-07-01",
        "--format",
        "csv",
    )
    rows = {row["channel"]: row for row in csv_rows(result.output)}
    # The latest is the two-day visit to Beijing (ends 2023-06-19), planned in the article;
    # the talks with Qin Gang on the 18th have both foreign ministers on record.
    foreign = rows["foreign"]
    assert (foreign["event_id"], foreign["status"]) == (
        "2023-06-18-blinken-beijing-visit",
        "planned",
    )
    assert foreign["days_since"] == "12"
    assert foreign["CN"] == "hosts in CN"


def test_channels_as_of_before_any_report_shows_no_undated_contact(seeded_readonly):
    # Sullivan's Vienna meeting and Wang Wentao's talks are undated, reported on
    # 2023-06-17: nothing places them by 2020, so they are no 2020 "last contact".
    args = ("channels", "--country", "US", "--country", "CN", "--format", "csv")
    before = {r["channel"]: r for r in csv_rows(seeded_readonly(*args, "--as-of", "2020-01-01").output)}
    assert before["national security"]["event_id"] == ""
    assert before["commerce"]["last_held_event_id"] == ""
    on = {r["channel"]: r for r in csv_rows(seeded_readonly(*args, "--as-of", "2023-06-17").output)}
    assert on["national security"]["event_id"] == "sullivan-chinese-counterpart-vienna"
    assert on["commerce"]["event_id"] == "wang-wentao-us-officials-meetings"


def test_channels_undated_contact_counts_posts_begun_by_the_as_of_day(seeded, tmp_path):
    doc = tmp_path / "undated.yaml"
    doc.write_text(
        "source: {id: early-report, title: Early, publisher: P, published: '2022-01-10'}\n"
        "officials:\n"
        "  - {id: us-envoy, name: US Envoy, country: US,\n"
        "     positions: [{title: Secretary of State, start: '2024-01-01'}]}\n"
        "  - {id: cn-envoy, name: CN Envoy, country: CN,\n"
        "     positions: [{title: Foreign Minister, start: '2024-01-01'}]}\n"
        "meetings:\n"
        "  - id: envoys-undated\n"
        "    title: The envoys talk\n"
        "    participants: [{official: us-envoy}, {official: cn-envoy}]\n"
    )
    assert seeded("ingest", str(doc)).exit_code == 0
    args = ("channels", "--country", "US", "--country", "CN", "--format", "csv")
    # Reported in 2022, when neither held a foreign post: no foreign-channel contact then.
    early = {r["channel"]: r for r in csv_rows(seeded(*args, "--as-of", "2022-06-01").output)}
    assert early["foreign"]["event_id"] == ""
    later = {r["channel"]: r for r in csv_rows(seeded(*args, "--as-of", "2024-06-01").output)}
    assert later["foreign"]["event_id"] != "envoys-undated"  # dated June 2023 talks win


def test_channels_say_when_both_sides_hold_the_posts(seeded, tmp_path):
    doc = tmp_path / "jakarta.yaml"
    doc.write_text(
        "meetings:\n"
        "  - id: 2023-07-13-blinken-wang-jakarta\n"
        "    title: Blinken meets Qin Gang in Jakarta\n"
        "    date: 2023-07-13\n"
        "    participants: [{official: antony-blinken}, {official: qin-gang}]\n"
        "    status: held\n"
    )
    assert seeded("ingest", str(doc)).exit_code == 0
    result = seeded(
        "channels",
        "--country",
        "CN",
        "--country",
        "US",
        "--as-of",
        "2023-08-01",
        "--format",
        "json",
    )
    foreign = {r["channel"]: r for r in json.loads(result.output)["channels"]}["foreign"]
    assert foreign["event_id"] == "2023-07-13-blinken-wang-jakarta"
    assert foreign["match"] == "both sides"
    assert (foreign["CN"], foreign["US"]) == ("Qin Gang", "Antony Blinken")
    assert foreign["last_held_event_id"] == "2023-07-13-blinken-wang-jakarta"
    assert foreign["days_since_held"] == 19


def test_channels_table_fits_80_columns_but_for_whole_event_ids(seeded_readonly):
    result = seeded_readonly(*US_CN_JUNE_17, "--format", "table")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "Channels between US and CN as of 2023-06-17"
    report = seeded_readonly(*US_CN_JUNE_17, "--format", "json")
    ids = [r["event_id"] for r in json.loads(report.output)["channels"] if r["event_id"]]
    assert ids and all(any(i in line.split() for line in lines) for i in ids)
    assert max(len(line) for line in lines) <= 80 + max(map(len, ids)) - 10
    assert any(line.startswith("defense") and "declined" in line for line in lines)


def test_channels_mapping_is_extended_by_a_users_csv(seeded, tmp_path):
    mapping = tmp_path / "channels.csv"
    mapping.write_text("channel,title,organization\nfront office,Assistant Secretary of State*,\n")
    doc = tmp_path / "counterpart.yaml"
    doc.write_text(
        "meetings:\n"
        "  - id: kritenbrink-meets-counterpart\n"
        "    title: Kritenbrink meets a Chinese counterpart\n"
        "    date: 2023-06-05\n"
        "    participants:\n"
        "      - {official: daniel-kritenbrink}\n"
        "      - {description: Chinese counterpart, country: CN}\n"
        "    status: held\n"
    )
    assert seeded("ingest", str(doc)).exit_code == 0
    result = seeded(
        "channels",
        "--country",
        "US",
        "--country",
        "CN",
        "--as-of",
        "2023-06-17",
        "--channels",
        str(mapping),
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    rows = {r["channel"]: r for r in json.loads(result.output)["channels"]}
    assert rows["front office"]["event_id"] == "kritenbrink-meets-counterpart"
    assert rows["front office"]["days_since"] == 12


def test_channels_mapping_errors_name_the_file_and_line(seeded_readonly, tmp_path):
    mapping = tmp_path / "bad.csv"
    mapping.write_text("channel,title\nforeign,\n")
    result = seeded_readonly(
        "channels", "--country", "US", "--country", "CN", "--channels", str(mapping)
    )
    assert result.exit_code == 2
    assert f"{mapping}:2" in result.stderr and "title" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("--country", "US"),
        ("--country", "US", "--country", "USA"),
        ("--country", "US", "--country", "CN", "--as-of", "soon"),
    ],
)
def test_channels_refuses_bad_options(seeded_readonly, args):
    result = seeded_readonly("channels", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and len(result.stderr.splitlines()) == 1


def test_lookups_on_a_missing_database_say_what_to_run(run):
    result = run("officials")
    assert result.exit_code == 1
    assert "relations-db init" in result.stderr or "does not exist" in result.stderr


@pytest.mark.parametrize("fmt", ["table", "csv"])
def test_official_lookup_starts_without_the_schema_module_or_country_tables(seeded_readonly, fmt):
    """`official NAME` is timed as a whole process against `import sqlalchemy`: it reads
    with SQL text, so it neither builds every table (model.core) nor loads the country
    tables, and still answers."""
    skipped = ("relations_db.model.core", "relations_db.countries", "difflib")
    args = ["--db", seeded_readonly.url, "official", "Antony Blinken", "--format", fmt]
    output, loaded = modules_loaded_by(args, skipped)
    assert "2023-02-blinken-china-visit" in output
    assert loaded == []


@pytest.fixture(scope="module")
def seeded_file(tmp_path_factory):
    """The seed data in a SQLite file named by its path (not a URL), as users give it."""
    from click.testing import CliRunner
    from conftest import SEEDS

    from relations_db.cli import cli

    path = str(tmp_path_factory.mktemp("seeded-file") / "relations.db")
    result = CliRunner().invoke(cli, ["--db", path, "ingest", str(SEEDS)])
    assert result.exit_code == 0, result.output
    return path


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "jsonl"])
@pytest.mark.parametrize("name", ["Antony Blinken", "li shangfu", "Qin Gang"])
def test_official_lookup_of_a_sqlite_file_says_what_it_says_through_a_url(seeded_file, name, fmt):
    """A SQLite file named by its path is read with the sqlite3 module alone; the answer is
    the one SQLAlchemy's connection gives through the file's URL."""
    from click.testing import CliRunner

    from relations_db.cli import cli

    runner = CliRunner()
    args = ["official", name, "--format", fmt]
    by_path = runner.invoke(cli, ["--db", seeded_file, *args])
    by_url = runner.invoke(cli, ["--db", f"sqlite:///{seeded_file}", *args])
    assert by_path.exit_code == by_url.exit_code == 0, by_path.output
    assert by_path.stdout == by_url.stdout
    assert "2023" in by_path.stdout


def test_official_lookup_of_a_sqlite_file_imports_no_sqlalchemy(seeded_file):
    output, loaded = modules_loaded_by(
        ["--db", seeded_file, "official", "Antony Blinken"], ("sqlalchemy",)
    )
    assert "2023-02-blinken-china-visit" in output
    assert loaded == []


def test_unknown_official_in_a_sqlite_file_is_a_one_line_error_with_suggestions(seeded_file):
    """Read without SQLAlchemy, a name on record by no one is the same one-line error
    (exit 2) with the same suggestions as through SQLAlchemy."""
    from click.testing import CliRunner

    from relations_db.cli import cli

    runner = CliRunner()
    by_path = runner.invoke(cli, ["--db", seeded_file, "official", "Antony Blinkn"])
    by_url = runner.invoke(cli, ["--db", f"sqlite:///{seeded_file}", "official", "Antony Blinkn"])
    assert by_path.exit_code == by_url.exit_code == 2
    assert by_path.stderr == by_url.stderr
    assert by_path.stderr.startswith("error: no official named 'Antony Blinkn'; did you mean")
    assert len(by_path.stderr.strip().splitlines()) == 1

"""The bundled seed data: every quote is the article's own words, every fact is there."""

from __future__ import annotations

import json

import yaml
from conftest import SEEDS

DOC = SEEDS / "blinken-beijing-2023-06-17.yaml"
ARTICLE = SEEDS / "blinken-beijing-2023-06-17.txt"
KINDS = ("meetings", "visits", "incidents", "sanctions")


def _doc():
    return yaml.safe_load(DOC.read_text(encoding="utf-8"))


def test_every_evidence_quote_is_exactly_the_article_text_at_its_offsets():
    text = ARTICLE.read_text(encoding="utf-8")
    doc = _doc()
    checked = 0
    for section in ("officials", *KINDS):
        for record in doc.get(section, []):
            assert record.get("evidence"), f"{record['id']} has no evidence"
            for ev in record["evidence"]:
                assert text[ev["start"] : ev["end"]] == ev["quote"], record["id"]
                checked += 1
    assert checked >= 25


def test_seed_text_is_the_shared_seed_article_verbatim():
    original = SEEDS.parent.parent / "shared" / "seed" / "000_a7e2101d46217c72.txt"
    if original.exists():  # beside a checkout; the copy in seeds/ is what ships
        assert ARTICLE.read_bytes() == original.read_bytes()
    assert ARTICLE.read_text(encoding="utf-8").startswith("Secretary of State Antony Blinken")


def test_seed_holds_the_articles_facts(seeded):
    rows = json.loads(seeded("timeline", "--format", "json").output)
    by_id = {row["id"]: row for row in rows}
    assert len(rows) == 15
    visit = by_id["2023-06-18-blinken-beijing-visit"]
    assert (visit["date"], visit["status"]) == ("2023-06-18/2023-06-19", "planned")
    scrapped = by_id["2023-02-blinken-china-visit"]
    assert (scrapped["date"], scrapped["status"]) == ("2023-02", "cancelled")
    assert by_id["2023-02-chinese-spy-balloon"]["kind"] == "incident"
    bali = by_id["2022-biden-xi-bali-summit"]
    assert (bali["date"], bali["precision"], bali["location"]) == (
        "2022-09/2022-12",
        "range",
        "Bali, ID",
    )
    assert by_id["sullivan-chinese-counterpart-vienna"]["visibility"] == "low-key"
    assert by_id["2023-05-burns-beijing-secret-trip"]["visibility"] == "secret"
    declined = by_id["2023-06-li-shangfu-declines-austin-meeting"]
    assert declined["status"] == "declined"
    assert {p["name"] for p in declined["participants"]} == {"Li Shangfu", "Lloyd Austin"}
    sanction = by_id["us-sanctions-li-shangfu"]
    assert {"name": "Li Shangfu", "country": "CN", "role": "target"} in sanction["participants"]
    assert by_id["south-china-sea-naval-air-confrontations"]["title"].lower().startswith("two")
    assert by_id["2023-06-blinken-xi-jinping-meeting"]["status"] == "tentative"
    assert all(row["sources"] == ["cnn-2023-06-17-blinken-beijing"] for row in rows)


def test_seed_links_tie_the_balloon_to_the_scrapped_trip_and_meetings_to_the_visit():
    links = {(link["from"], link["relation"], link["to"]) for link in _doc()["links"]}
    assert ("2023-02-chinese-spy-balloon", "caused", "2023-02-blinken-china-visit") in links
    assert (
        "2023-02-blinken-china-visit",
        "rescheduled-as",
        "2023-06-18-blinken-beijing-visit",
    ) in links
    assert (
        "2023-06-18-blinken-qin-gang-talks",
        "part-of",
        "2023-06-18-blinken-beijing-visit",
    ) in links

"""Deterministic synthetic records in the JSONL format, for benchmarks and load tests.

`generate(n_events, seed)` yields JSONL records (dicts): sources with text, officials
with positions, then meetings with 2-4 participants, visits, incidents and sanctions, each
with evidence quoted from its source and an occasional link. The same arguments always
give the same records, so runs compare like with like.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator

COUNTRIES = ["US", "CN", "RU", "GB", "FR", "DE", "JP", "IN", "BR", "ZA", "KR", "TR", "SG"]
TITLES = [
    "Foreign Minister",
    "Defense Minister",
    "National Security Adviser",
    "Commerce Minister",
    "President",
    "Prime Minister",
]
FORMATS = ["talks", "call", "video-call", "dinner", "summit", "briefing"]
STATUSES = ["held"] * 6 + ["planned", "tentative", "cancelled", "postponed", "declined"]
VISIBILITY = ["public"] * 8 + ["low-key", "secret"]
CATEGORIES = ["airspace", "maritime", "air-intercept", "espionage", "cyber"]
EVENTS_PER_SOURCE = 50
OFFICIALS_PER_COUNTRY = 40


def generate(n_events: int, seed: int = 1) -> Iterator[dict]:
    """Records for `n_events` events (about 10% of them also get a link)."""
    rng = random.Random(seed)
    officials = []
    for country in COUNTRIES:
        for k in range(OFFICIALS_PER_COUNTRY):
            official_id = f"official-{country.lower()}-{k:03d}"
            officials.append((official_id, country))
            start = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(8000))
            yield {
                "type": "official",
                "id": official_id,
                "name": f"Official {country} {k:03d}",
                "aliases": [f"{country}{k:03d}"],
                "country": country,
                "positions": [
                    {
                        "title": TITLES[k % len(TITLES)],
                        "start": start.isoformat(),
                        "end": (start + dt.timedelta(days=rng.randrange(200, 2000))).isoformat(),
                    }
                ],
            }
    kinds = ["meeting"] * 6 + ["visit"] * 2 + ["incident", "sanction"]
    source_id = None
    previous_id = None
    text = ""
    for i in range(n_events):
        if i % EVENTS_PER_SOURCE == 0:
            source_id = f"source-{i // EVENTS_PER_SOURCE:07d}"
            text = " ".join(
                f"Sentence {j} of {source_id} reports an event." for j in range(EVENTS_PER_SOURCE)
            )
            yield {
                "type": "source",
                "id": source_id,
                "title": f"Synthetic report {i // EVENTS_PER_SOURCE}",
                "publisher": "Synthetic Wire",
                "published": (
                    dt.date(2010, 1, 1) + dt.timedelta(days=i // EVENTS_PER_SOURCE % 5000)
                ).isoformat(),
                "text": text,
            }
        quote = f"Sentence {i % EVENTS_PER_SOURCE} of {source_id} reports an event."
        start = text.index(quote)
        day = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(5000))
        precision = rng.random()
        if precision < 0.75:
            date = day.isoformat()
        elif precision < 0.95:
            date = day.isoformat()[:7]
        else:
            date = str(day.year)
        kind = kinds[rng.randrange(len(kinds))]
        record = {
            "type": kind,
            "id": f"{kind}-{i:08d}",
            "title": f"Synthetic {kind} {i}",
            "date": date,
            "status": STATUSES[rng.randrange(len(STATUSES))],
            "visibility": VISIBILITY[rng.randrange(len(VISIBILITY))],
            "source": source_id,
            "evidence": [{"quote": quote, "start": start, "end": start + len(quote)}],
        }
        people = rng.sample(officials, rng.randint(2, 4))
        if kind == "meeting":
            record["format"] = FORMATS[rng.randrange(len(FORMATS))]
            record["participants"] = [{"official": o, "role": "participant"} for o, _ in people]
            record["location"] = {"place": f"City {rng.randrange(500)}", "country": people[0][1]}
        elif kind == "visit":
            traveler, host = people[0], people[1]
            record["traveler"] = traveler[0]
            record["location"] = {"place": f"City {rng.randrange(500)}", "country": host[1]}
            record["participants"] = [{"official": host[0], "role": "host"}]
        elif kind == "incident":
            record["category"] = CATEGORIES[rng.randrange(len(CATEGORIES))]
            record["parties"] = sorted({people[0][1], people[1][1]})
        else:
            record["imposer"] = people[0][1]
            record["authority"] = f"{people[0][1]} Treasury"
            record["target"] = {"official": people[1][0]}
            record["reason"] = "synthetic reason"
        yield record
        if previous_id and i % 10 == 0:
            yield {
                "type": "link",
                "from": previous_id,
                "to": record["id"],
                "relation": "follow-up-of",
            }
        previous_id = record["id"]


def write_jsonl(path, n_events: int, seed: int = 1) -> int:
    """Write the records to `path`; returns how many lines were written."""
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for record in generate(n_events, seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count

"""Helpers shared by the extraction tests (tests/test_extract_*.py): each test runs
`extract` on an invented sentence, none taken from the development corpus, and reads
the officials and events of the result through these."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from relations_db.extract import extract

PROBES = Path(__file__).resolve().parents[1] / "bench" / "probes"

PUB = "2024-03-06"  # a Wednesday


def _doc(text: str, published: str = PUB, publisher: str = "The White House") -> dict:
    return extract(text, published=published, publisher=publisher)


def load_probe(name: str) -> ModuleType:
    """A probe grid of bench/probes/ by file name, loaded once: bench/ is no package, and CI
    tests the installed wheel, so the grid is loaded by its path."""
    key = f"probe_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, PROBES / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module  # (its dataclasses look their module up)
        spec.loader.exec_module(module)
    return sys.modules[key]


def _officials(doc: dict) -> dict[str, str | None]:
    return {o["name"]: o.get("country") for o in doc.get("officials", [])}


def _events(doc: dict, kind: str) -> list[dict]:
    return doc.get(f"{kind}s", [])


def _names(doc: dict, event: dict) -> set[str]:
    by_id = {o["id"]: o["name"] for o in doc.get("officials", [])}
    return {by_id[p["official"]] for p in event.get("participants", []) if p.get("official")}


def _surnames(doc: dict, event: dict) -> set[str]:
    return {n.replace(", Jr.", "").split()[-1] for n in _names(doc, event)}


def _meeting_of(doc: dict, surname: str) -> dict:
    """The first meeting the person of that surname takes part in."""
    return next(m for m in _events(doc, "meeting") if surname in _surnames(doc, m))


# a Downing Street lobby briefing of Monday 7 July 2025 (the ninth round's UK texts)
_LOBBY = {"published": "2025-07-07", "publisher": "Prime Minister's Office, 10 Downing Street"}


def _sanctions(doc: dict) -> list[tuple]:
    by_id = {o["id"]: o["name"] for o in doc.get("officials", [])}
    out = []
    for s in _events(doc, "sanction"):
        t = s.get("target") or {}
        who = by_id.get(t.get("official")) or t.get("organization") or t.get("description")
        out.append((who, s.get("date"), s.get("status"), s.get("imposer")))
    return sorted(out, key=str)


_TWO_HOME_FOREIGN_MINISTERS = (
    "Spokesperson: Foreign Minister Lars Berg will attend the Gulf forum in Riyadh next week. "
    "He met the Afghan Foreign Minister, Amir Rahimi, in Doha last month.\n\n"
    "Relations with Iran are cordial. Since the visit of Foreign Minister Reza Tavakoli of "
    "Iran to Oslo on 29 January, during which he held talks with Foreign Minister Kari Lund, "
    "both countries have worked to restore trust. The Foreign Minister will travel to "
    "Ankara in May."
)

"""Score extracted records against a gold record document, as annotation.md describes.

- An extracted event matches a gold event when the kind is the same, every named gold
  participant is among the extracted participants (by name or alias), the date spans
  overlap when both are dated, and the place agrees when both give one. Each gold event is
  matched at most once (a maximum matching; among maximum matchings, pairs with the same
  date and status are preferred, improved by reassignments and swaps).
- Officials match on name (or alias) and country.
- Reported: precision, recall and F1 of events per kind and overall, of officials, and over
  matched events the share with the exact gold date span and the share with the gold status.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

KINDS = ("meeting", "visit", "incident", "sanction")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        if self.tp + self.fp + self.fn == 0:
            return None
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def as_dict(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
        }


@dataclass
class Score:
    kinds: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    officials: Counts = field(default_factory=Counts)
    matched: int = 0
    date_exact: int = 0
    status_same: int = 0
    pairs: list[tuple[str, str]] = field(default_factory=list)  # (gold id, extracted id)

    def __add__(self, other: Score) -> Score:
        return Score(
            {k: self.kinds[k] + other.kinds[k] for k in KINDS},
            self.officials + other.officials,
            self.matched + other.matched,
            self.date_exact + other.date_exact,
            self.status_same + other.status_same,
            self.pairs + other.pairs,
        )

    @property
    def events(self) -> Counts:
        total = Counts()
        for counts in self.kinds.values():
            total = total + counts
        return total

    @property
    def date_accuracy(self) -> float | None:
        return self.date_exact / self.matched if self.matched else None

    @property
    def status_accuracy(self) -> float | None:
        return self.status_same / self.matched if self.matched else None

    def as_dict(self) -> dict:
        return {
            "events": self.events.as_dict(),
            "kinds": {k: c.as_dict() for k, c in self.kinds.items()},
            "officials": self.officials.as_dict(),
            "matched": self.matched,
            "date_exact": _round(self.date_accuracy),
            "status_accuracy": _round(self.status_accuracy),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def name_key(text: str) -> str:
    """Names compare without case, accents, punctuation, or a leading "the"."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w\s]", " ", text.casefold())
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _names(official: dict) -> set[str]:
    names = {name_key(official.get("name", ""))}
    names |= {name_key(a) for a in official.get("aliases") or []}
    names.discard("")
    return names


def same_person(a: dict, a_names: set[str], b: dict, b_names: set[str]) -> bool:
    """Does one official's name appear among the other's name and aliases? (Two aliases
    alone do not make a match: "Wang" may be an alias of both Wang Yi and Wang Wentao.)"""
    return name_key(a.get("name", "")) in b_names or name_key(b.get("name", "")) in a_names


def _span(value):
    if value in (None, ""):
        return None
    from ..dates import parse_date

    try:
        parsed = parse_date(value)
    except ValueError:
        return None
    return parsed.start, parsed.end


def _events(document: dict) -> list[tuple[str, dict]]:
    out = []
    for kind in KINDS:
        for event in document.get(f"{kind}s") or []:
            out.append((kind, event))
    return out


def _named(event: dict) -> list[str]:
    """Ids of the officials an event names: participants, a traveler, a sanction's target."""
    ids = [p["official"] for p in event.get("participants") or [] if p.get("official")]
    if event.get("traveler"):
        ids.append(event["traveler"])
    target = event.get("target") or {}
    if isinstance(target, dict) and target.get("official"):
        ids.append(target["official"])
    return list(dict.fromkeys(ids))


def _place_agrees(gold: dict, pred: dict) -> bool:
    a, b = gold.get("location") or {}, pred.get("location") or {}
    if not a or not b:
        return True
    if a.get("country") and b.get("country") and a["country"] != b["country"]:
        return False
    pa, pb = name_key(a.get("place") or ""), name_key(b.get("place") or "")
    if pa and pb and not (pa in pb or pb in pa):
        return False
    return True


def _compatible(gold: dict, g_off, g_names, pred: dict, p_off, p_names) -> bool:
    for official in _named(gold):
        g = g_off.get(official) or {"name": official.replace("-", " ")}
        wanted = g_names.get(official) or {name_key(g["name"])}
        if not any(
            same_person(g, wanted, p_off.get(p) or {}, p_names.get(p, set())) for p in _named(pred)
        ):
            return False
    gs, ps = _span(gold.get("date")), _span(pred.get("date"))
    if gs and ps and (gs[1] < ps[0] or ps[1] < gs[0]):
        return False
    return _place_agrees(gold, pred)


def _max_matching(n_gold: int, edges: dict[int, list[int]]) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn); edges of each gold are tried in preference order."""
    owner: dict[int, int] = {}  # extracted index -> gold index

    def augment(g: int, seen: set[int]) -> bool:
        for p in edges.get(g, []):
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(n_gold):
        augment(g, set())
    return {g: p for p, g in owner.items()}


def _best_pairs(pairs: dict[int, int], weight: dict[tuple[int, int], int]) -> dict[int, int]:
    """The same number of pairs, with the most exact dates and statuses: a gold event takes
    a free compatible partner that agrees more, or two gold events swap partners when both
    fit and they agree more in sum (an augmenting path may have moved a well-dated gold
    event to a worse partner)."""
    pairs = dict(pairs)
    changed = True
    while changed:
        changed = False
        taken = {p: g for g, p in pairs.items()}
        for (g, p), w in sorted(weight.items()):
            if g not in pairs or pairs[g] == p or w <= weight[g, pairs[g]]:
                continue
            other = taken.get(p)
            if other is None:
                pairs[g] = p  # a free partner that agrees more
            elif (other, pairs[g]) in weight and (
                w + weight[other, pairs[g]] > weight[g, pairs[g]] + weight[other, p]
            ):
                pairs[g], pairs[other] = p, pairs[g]  # swap
            else:
                continue
            changed = True
            break
    return pairs


def score(gold: dict, predicted: dict) -> Score:
    """Compare a predicted record document with a gold one (both as loaded mappings)."""
    result = Score()
    g_off = {o["id"]: o for o in gold.get("officials") or []}
    p_off = {o["id"]: o for o in predicted.get("officials") or []}
    g_names = {i: _names(o) for i, o in g_off.items()}
    p_names = {i: _names(o) for i, o in p_off.items()}

    # officials: name or alias, and country
    g_list, p_list = list(g_off), list(p_off)
    edges = {
        gi: [
            pi
            for pi, pid in enumerate(p_list)
            if same_person(g_off[gid], g_names[gid], p_off[pid], p_names[pid])
            and g_off[gid].get("country") == p_off[pid].get("country")
        ]
        for gi, gid in enumerate(g_list)
    }
    pairs = _max_matching(len(g_list), edges)
    result.officials = Counts(len(pairs), len(p_list) - len(pairs), len(g_list) - len(pairs))

    g_events, p_events = _events(gold), _events(predicted)
    edges = {}
    weight: dict[tuple[int, int], int] = {}
    for gi, (gk, ge) in enumerate(g_events):
        candidates = []
        for pi, (pk, pe) in enumerate(p_events):
            if gk == pk and _compatible(ge, g_off, g_names, pe, p_off, p_names):
                exact = _span(ge.get("date")) == _span(pe.get("date"))
                same = ge.get("status", "held") == pe.get("status", "held")
                candidates.append((-(exact + same), pi))
                weight[gi, pi] = exact + same
        edges[gi] = [pi for _, pi in sorted(candidates)]
    pairs = _best_pairs(_max_matching(len(g_events), edges), weight)
    for kind in KINDS:
        n_gold = sum(1 for k, _ in g_events if k == kind)
        n_pred = sum(1 for k, _ in p_events if k == kind)
        tp = sum(1 for gi in pairs if g_events[gi][0] == kind)
        result.kinds[kind] = Counts(tp, n_pred - tp, n_gold - tp)
    for gi, pi in pairs.items():
        ge, pe = g_events[gi][1], p_events[pi][1]
        result.matched += 1
        result.date_exact += _span(ge.get("date")) == _span(pe.get("date"))
        result.status_same += ge.get("status", "held") == pe.get("status", "held")
        result.pairs.append((ge.get("id"), pe.get("id")))
    return result


# --- reporting ------------------------------------------------------------------------


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _prf(c: Counts) -> str:
    return f"{_pct(c.precision)}/{_pct(c.recall)}/{_pct(c.f1)}"


def markdown_table(rows: list[tuple[str, Score]], total_label: str = "**all**") -> str:
    """One row per text (P/R/F1 per kind and overall), and a micro-averaged total row."""
    header = (
        "| text | meetings P/R/F1 | visits P/R/F1 | incidents P/R/F1 | sanctions P/R/F1 "
        "| events P/R/F1 | officials P/R/F1 | matched | date exact | status |\n"
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
    )
    lines = []
    total = Score()
    for label, s in rows:
        total = total + s
        lines.append(_row(label, s))
    if len(rows) > 1:
        lines.append(_row(total_label, total))
    return header + "\n".join(lines) + "\n"


def _row(label: str, s: Score) -> str:
    kinds = " | ".join(_prf(s.kinds[k]) for k in KINDS)
    return (
        f"| {label} | {kinds} | {_prf(s.events)} | {_prf(s.officials)} | {s.matched} "
        f"| {_pct(s.date_accuracy)} | {_pct(s.status_accuracy)} |"
    )


def load_document(path) -> dict:
    """A record document (YAML or JSON) as plain data, read as ingest reads it: the same
    safe YAML loader (no tags, aliases or duplicate keys), and one-line errors that name
    the file and line (InputError, exit 2)."""
    from pathlib import Path

    from ..inputs.errors import InputError
    from ..inputs.loaders import load_json, load_yaml

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".yaml", ".yml", ".json"):
        raise InputError("not a record document: use a .yaml, .yml or .json file", file=str(path))
    data = load_json(path) if suffix == ".json" else load_yaml(path)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError("a record document must be a mapping of sections", file=str(path), line=1)
    return data


def check_predicted(path) -> None:
    """Refuse a predicted document that ingest would refuse: scoring invalid records would
    give a meaningless score (0.00 and exit 0). Raises InputErrors listing every problem."""
    from pathlib import Path

    from ..inputs import InputError, InputErrors, iter_items

    load_document(path)  # the suffix and the whole file first
    errors = []
    try:
        errors = [item for item in iter_items(Path(path)) if isinstance(item, InputError)]
    except InputError as error:
        errors = [error.located(file=str(path))]
    if errors:
        raise InputErrors(errors[:20], truncated=len(errors) > 20)


def gold_text(gold: dict, path) -> str:
    """The text a gold document describes (`source.text_file`), under ingest's rule: a
    file inside the gold document's folder."""
    from pathlib import Path

    from ..inputs.errors import InputError
    from ..inputs.loaders import Located, read_text_file

    path = Path(path)
    source = gold.get("source")
    name = source.get("text_file") if isinstance(source, dict) else None
    line = source.line_of("text_file") if isinstance(source, Located) else None
    if not isinstance(name, str) or not name.strip():
        raise InputError(
            "needs source.text_file (the article to extract), or give --predicted",
            file=str(path),
            line=getattr(source, "line", None),
            field="source.text_file",
        )
    folder = path.parent.resolve()
    target = (folder / name).resolve()
    where = {"file": str(path), "line": line, "field": "source.text_file"}
    if not target.is_relative_to(folder):
        raise InputError("must be a file inside the gold document's folder", **where)
    if not target.is_file():
        raise InputError(f"no such file: {name}", **where)
    try:
        return read_text_file(target)
    except InputError as exc:
        raise InputError(exc.message, **where) from None


def extract_for_gold(gold: dict, path) -> dict:
    """Run `extract` on the text a gold document describes (its `source.text_file`)."""
    from . import extract

    source = gold.get("source") or {}
    text = gold_text(gold, path)
    return extract(
        text,
        published=str(source.get("published")) if source.get("published") else None,
        title=source.get("title"),
        url=source.get("url"),
        publisher=source.get("publisher"),
        source_id=source.get("id"),
    )


def score_gold_file(path, predicted_path=None) -> Score:
    """Score one gold file against a predicted document, or against `extract` of its text."""
    gold = load_document(path)
    if predicted_path is not None:
        check_predicted(predicted_path)
        predicted = load_document(predicted_path)
    else:
        predicted = extract_for_gold(gold, path)
    return score(gold, predicted)

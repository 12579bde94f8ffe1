"""Score `extract` on every dev text and on the seed article; print Markdown tables.

    python bench/extraction_eval.py [CORPUS_DIR] [--json] [--speed] [--write-doc]

CORPUS_DIR defaults to ../shared/corpus/dev (beside this repository). Each `*.gold.yaml`
names its text in `source.text_file`; the seed article is `seeds/*.yaml` with its text.
The texts are reported in sets (d01-d11, the US-China texts the first rules were written
against; d12-d23, other country pairs, split into the half the rules of issue 15 were
developed on and the half held out until a first score was taken). The invented texts of
tests/extract_fixtures/ (other pairs and eras, written with their gold before any rule was
changed for them) are sets of their own: g01-g08, scored once and then developed on;
h01-h04 and i01-i04, held out, each scored once, then developed on; j01-j04, written
at the end of the second round, scored once, then developed on; k01-k06, held out through
the third round; l01-l06 (two US-China texts of 2024 and four other pairs of 2023-2025),
written before the fourth round and scored once before any of its errors was read;
m01-m03, written at the end of the fourth round, scored once, developed on in the fifth;
n01-n06 (six kinds,
pairs not used before), written with their gold before the fifth round, scored once before
its rules and once after them, then developed on (general structures of its errors).
o01-o05 (five kinds, pairs and eras not used before), written with their gold before the
sixth round, scored once before its rules and once after them, its errors worked on in the
seventh. p01-p06 (six kinds, pairs and eras not used before), written with their gold before
the seventh round, scored once before it and once after it; its errors were worked on in it.
q01-q06 (six kinds, pairs and eras not used before), written with their gold before the
eighth round, scored once before it (first sight in the notes). r01-r06 (six kinds, two
US-China texts of 2023-2024 and four pairs not used before), written with their gold before
the ninth round, scored once before it (first sight in the notes). s01-s05 (five kinds, one
US-China text of 2024 and four pairs not used before), written with their gold before the
tenth round, scored once before it (first sight in the notes). t01-t04 (four kinds) and
u01-u05 (five kinds: a call readout, a joint statement, a sanctions statement, a background
press call on a US-China trip and a foreign-ministry statement on a maritime incursion; pairs
and eras not used before), each written with its gold after a round and scored once (first
sight in the notes). v01-v05 (a Kazakh presidential call readout, a Malaysia-Singapore joint
statement, a Treasury sanctions release, a Korean foreign-ministry release on a missile
launch, a White House background call), written with their gold during the fourteenth
round by someone who had not read its rules, scored once after it (first sight). w01-w04
(a Treasury readout of US-China economic talks, a Philippine foreign-ministry statement on
water-cannon incidents, a UK sanctions release, a Türkiye-Egypt joint declaration), written
the same way during the fifteenth round, scored once after it (first sight). x01-x05 (a
Latvian foreign-ministry readout of a call with Kyrgyzstan, a Senegal-Mauritania joint
communiqué, a Swiss SECO sanctions release on Belarus, a Bangladeshi foreign-ministry
briefing, a Norwegian armed forces statement on intercepts and a trawler detention) and
y01-y05 (a White House readout of a US-China call, a White House background call before
APEC and G20 travel, a Chinese foreign-ministry press conference, a Treasury sanctions
release on PRC suppliers, an India-Japan joint statement), written with their gold during
the sixteenth round by people who had not read the rules, scored once after it. z01-z05
(a Chilean Presidency readout of a state visit from Uruguay, a Kyrgyz foreign-ministry
statement on border incidents with Tajikistan, an EU Council release on sanctions on Iran, a
Poland-Ukraine foreign ministers' press conference, a Bernama report on ASEAN-summit
bilaterals), written the same way after the seventeenth round, scored once after it.
a01-a05 (a State Department readout of a meeting with Ecuador, a Netherlands-Indonesia
joint statement, a Vietnamese coast guard statement on Chinese vessels, Japanese asset
freezes on North Korea, a Greece-Qatar leaders' press statement), written the same way
during the eighteenth round, scored once after it, developed on in the nineteenth. b01-b06
(a Japanese Joint Staff release on Chinese and Russian aircraft and ships, an Australian
Foreign Minister's sanctions release on Iran, a Scholz-Ruto press conference, an Itamaraty
note on a Nigerian foreign minister's visit, an Anadolu report on NATO-summit bilaterals, a
State Department press briefing), written the same way at the start of the nineteenth
round, scored once after it; c01-c04 (an Indian MEA readout of a visit to Kuwait, a Treasury
release on an Ecuadorian network, a Philippine Coast Guard statement, a White House fact
sheet on a Japanese visit), written the same way late in that round, scored once after it;
both developed on in the twentieth. e01-e05 (a White House readout of a Yellen-He Lifeng
video call, a Brazil-Angola state-visit joint statement, a Latvian foreign ministry
statement on a Russian drone, a White House background call previewing a trip to Cabo Verde
and Angola, a Canadian sanctions release on Russia), written the same way during the
twentieth round, scored once after it, developed on in the twenty-second. f01-f06 (a State
Department readout of US-China climate talks, a background call previewing a trip to
Colombia, Chile and Peru, a Polish foreign-ministry statement on Belarusian helicopters, a
New Zealand sanctions release on Russia, a Viet Nam-Czech state-visit joint statement, a
Moldova-Romania foreign ministers' press conference), written the same way at the start of
the twenty-second round, scored once after it, developed on in the twenty-third. fa01-fa06
(a State Department press briefing touching US-China contacts, a White House fact sheet on a
Ghanaian president's visit, a Finnish foreign-ministry release on a call and a meeting with
Chile, an Australian sanctions release on North Korean cyber actors, a Kyodo report from an
APEC summit's sidelines, an Indonesian maritime agency's statement on Chinese coast guard
incursions), written the same way during the twenty-fourth round, scored once after it,
developed on in the twenty-fifth. fb01-fb06 (an Akorda readout of a Kazakhstan-Azerbaijan
call, a Saudi-Philippine joint statement at the end of a visit, a Kazakh foreign-ministry
weekly briefing, a Treasury release on Republika Srpska, a background call previewing a trip
to a NATO summit in Ankara, Baku and Yerevan, a PTI report on Sri Lankan arrests of Indian
fishermen) and fc01-fc06 (a White House readout of a US-China trip, a Chinese foreign-ministry
press conference, a background call before a trip to Beijing, a Singapore readout of a visit
to Cambodia, a Canadian defence release on PLA intercepts, a UK sanctions release on Sudan),
written the same way at the start of the twenty-fifth round, scored before it and after it;
fb developed on in the twenty-sixth, fc held out through it and scored again after it,
developed on in the twenty-seventh. fd01-fd08 (a White House readout of a US-China leaders'
call, a background call previewing a Commerce Secretary's trip to China, a Mexican
foreign-ministry release on a meeting with Guatemala, a Japanese MOFA readout of a
Japan-Philippines 2+2, a Treasury release on an Iranian oil shadow fleet, a Korean defence
ministry release on North Korean balloons and a call with the US, a wire report on the
Saudi-Iran talks in Beijing, a Ukrainian foreign-ministry statement on a strike that hit a
consulate), written the same way at the start of the twenty-seventh round, scored before it
and after it, its errors not read. fe01-fe08 (a State Department readout of a US-China
foreign ministers' meeting, a Chinese foreign-ministry readout of a call with the US, a
Pentagon statement on an intercept, an Indonesian release on a state visit to Australia, an
EU Council release on Belarus listings, a Nigerian foreign-ministry statement on a border
incident with Niger, a South African release on a Kenya visit, a German Federal Foreign
Office release on a Central Asia trip), written the same way at the end of that round and
scored on the trees before it and after it, its errors not read. ff01-ff08 (a State
Department readout and a White House background call on US-China contacts, a fact sheet on
a Kyrgyz president's visit, an Egyptian foreign-ministry statement on the Nile dam talks, a
Thailand-Cambodia joint statement, an EU Council release on Serbia-Kosovo listings, a wire
report on Pakistan-Afghanistan strikes and talks, a Chinese defence-ministry spokesperson on
US military activity), written the same way at the start of the thirty-first round, its
errors not read. sr, so and sm (sixteen short texts each: sanctions releases of sixteen
publishers; officials as readouts and reports name them; meetings and visits told without
the common verbs) were written in the thirty-first round by people who had not read the
rules; each set's even-numbered half was developed on and its odd-numbered half held out,
to measure whether rules carry over to texts of the same writer and kind. ta-tf (sixteen
texts each, six kinds of text across many pairs and 2009-2026: leaders' readouts and
background calls, foreign ministries' releases, sanctions releases, incident statements,
joint statements and fact sheets, briefings and press conferences) were written in the
thirty-second round by people who had not read the rules and scored once after it; their
errors are not read (a blind set, and training data for a learned part).
`--write-doc` also
measures the speed and rewrites the part of docs/extraction.md between its result markers.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from relations_db.extract.evaluate import Score, markdown_table, score_gold_file  # noqa: E402

DOC = ROOT / "docs" / "extraction.md"
INVENTED = ROOT / "tests" / "extract_fixtures"
START, END = (
    "<!-- results: start (bench/extraction_eval.py --write-doc) -->",
    "<!-- results: end -->",
)


def text_set(name: str) -> str:
    """Which set a dev text belongs to, by its number (d01 ... d23)."""
    m = re.match(r"d(\d+)", name)
    n = int(m.group(1)) if m else 0
    if n <= 11:
        return "d01-d11: US-China, the texts the first rules were written against"
    if n % 2 == 0:
        return "d12-d23, even: other pairs, the half issue 15's rules were developed on"
    return "d12-d23, odd: other pairs, held out until a first score was taken"


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    corpus = Path(args[0]) if args else ROOT.parent / "shared" / "corpus" / "dev"
    golds = sorted(corpus.glob("*.gold.yaml"))
    rows = [(g.name.removesuffix(".gold.yaml"), score_gold_file(g)) for g in golds]
    seed_rows = [
        (s.stem + " (seed)", score_gold_file(s)) for s in sorted((ROOT / "seeds").glob("*.yaml"))
    ]
    invented = [
        (g.name.removesuffix(".gold.yaml"), score_gold_file(g))
        for g in sorted(INVENTED.glob("*.gold.yaml"))
    ]
    if "--json" in argv:
        print(
            json.dumps({label: s.as_dict() for label, s in rows + seed_rows + invented}, indent=1)
        )
        return 0
    report = results(rows, seed_rows) + "\n" + invented_results(invented)
    if "--speed" in argv or "--write-doc" in argv:
        report += "\n" + speed(golds) + "\n"
    print(report)
    if "--write-doc" in argv:
        write_doc(report)
    return 0


def results(rows: list[tuple[str, Score]], seed_rows: list[tuple[str, Score]]) -> str:
    """One table per set with its total, a summary of the sets, and the seed article."""
    sets: dict[str, list[tuple[str, Score]]] = {}
    for label, s in rows:
        sets.setdefault(text_set(label), []).append((label, s))
    parts = []
    for name, members in sets.items():
        parts.append(f"### {name}\n\n" + markdown_table(members, total_label="**total**"))
    summary = []
    others = [r for name, m in sets.items() if not name.startswith("d01") for r in m]
    if others:
        summary.append(("**d12-d23, all other pairs**", _total(others)))
    summary += [(f"**{name.split(':')[0]}**", _total(m)) for name, m in sets.items()]
    summary.append(("**dev, all texts**", _total(rows)))
    parts.append("### Summary\n\n" + markdown_table(summary).rsplit("\n", 2)[0] + "\n")
    if seed_rows:
        parts.append("### Seed article\n\n" + markdown_table(seed_rows))
    return "\n".join(parts)


def invented_results(rows: list[tuple[str, Score]]) -> str:
    """The invented texts: the set developed on after its first score, the set held out."""
    if not rows:
        return ""
    parts = []
    for prefix, name in (
        ("g", "g01-g08: scored once before any rule was changed, then developed on"),
        ("h", "h01-h04: held out until late in the round, scored once, then developed on"),
        ("i", "i01-i04: written after that, scored once late in the round, then developed on"),
        (
            "j",
            "j01-j04: written at the end of the second round, scored once, "
            "then developed on in the third",
        ),
        (
            "k",
            "k01-k06: written with their gold before the third round, held out "
            "through it, developed on in the fourth",
        ),
        (
            "l",
            "l01-l06: written with their gold before the fourth round, held out "
            "until scored once (first score in the notes below), then developed "
            "on",
        ),
        (
            "m",
            "m01-m03: written with their gold at the end of the fourth round, scored "
            "once (how the round's rules carry over), then developed on in the fifth",
        ),
        (
            "n",
            "n01-n06: written with their gold before the fifth round, scored once "
            "before it and once after it (in the notes), then developed on at its end",
        ),
        (
            "o",
            "o01-o05: written with their gold before the sixth round, scored once "
            "before it and once after it (in the notes), its errors worked on in the seventh",
        ),
        (
            "p",
            "p01-p06: written with their gold before the seventh round, scored once "
            "before it and once after it (its errors worked on in it; first sight in the notes)",
        ),
        (
            "q",
            "q01-q06: written with their gold before the eighth round, scored once "
            "before it (first sight in the notes); rules of the round aimed at general structures",
        ),
        (
            "r",
            "r01-r06: written with their gold before the ninth round, scored once "
            "before it (first sight in the notes); rules of the round aimed at general structures",
        ),
        (
            "s",
            "s01-s05: written with their gold before the tenth round, scored once "
            "before it (first sight in the notes); rules of the round aimed at general structures",
        ),
        (
            "t",
            "t01-t04: written with their gold after the eleventh round, scored once (first sight)",
        ),
        (
            "u",
            "u01-u05: written with their gold after the thirteenth round, scored once "
            "(first sight)",
        ),
        (
            "v",
            "v01-v05: written with their gold during the fourteenth round, scored once "
            "after it (first sight)",
        ),
        (
            "w",
            "w01-w04: written with their gold during the fifteenth round, scored once "
            "after it and the date rules (first sight)",
        ),
        (
            "x",
            "x01-x05: written with their gold during the sixteenth round by someone who had "
            "not read the rules, scored once after it (first sight)",
        ),
        (
            "y",
            "y01-y05: written the same way during the sixteenth round, scored once after it "
            "(first sight)",
        ),
        (
            "z",
            "z01-z05: written the same way after the seventeenth round, scored once after it "
            "(first sight)",
        ),
        (
            "a",
            "a01-a05: written the same way during the eighteenth round, scored once after it "
            "(first sight), developed on in the nineteenth",
        ),
        (
            "b",
            "b01-b06: written the same way at the start of the nineteenth round, scored once "
            "after it (first sight), developed on in the twentieth",
        ),
        (
            "c",
            "c01-c04: written the same way late in the nineteenth round, scored once after it "
            "(first sight), developed on in the twentieth",
        ),
        (
            "e",
            "e01-e05: written the same way during the twentieth round, scored once after it "
            "(first sight), developed on in the twenty-second",
        ),
        (
            "f",
            "f01-f06: written the same way at the start of the twenty-second round, scored "
            "once after it (first sight), developed on in the twenty-third",
        ),
        (
            "fa",
            "fa01-fa06: written the same way during the twenty-fourth round, scored once "
            "after it (first sight), developed on in the twenty-fifth",
        ),
        (
            "fb",
            "fb01-fb06: written the same way at the start of the twenty-fifth round, scored "
            "before it and after it (first sight), developed on in the twenty-sixth",
        ),
        (
            "fc",
            "fc01-fc06: written the same way at the start of the twenty-fifth round, scored "
            "before it, after it and after the twenty-sixth (first sight each time), "
            "developed on in the twenty-seventh",
        ),
        (
            "fd",
            "fd01-fd08: written the same way at the start of the twenty-seventh round, scored "
            "before it and after it (first sight both times), its errors not read",
        ),
        (
            "fe",
            "fe01-fe08: written the same way at the end of the twenty-seventh round, scored "
            "on the trees before it and after it (first sight both times), its errors not read",
        ),
        (
            "ff",
            "ff01-ff08: written the same way at the start of the thirty-first round, scored "
            "on the trees before it and after it (first sight both times), its errors not read",
        ),
        (
            "sr:even",
            "sr02-sr16, even: sanctions releases of sixteen publishers, written in the "
            "thirty-first round by someone who had not read the rules; developed on in it",
        ),
        ("sr:odd", "sr01-sr15, odd: the same set's held-out half, scored before and after"),
        (
            "so:even",
            "so02-so16, even: officials as readouts and reports name them, written the same "
            "way; developed on in the thirty-first round",
        ),
        ("so:odd", "so01-so15, odd: the same set's held-out half, scored before and after"),
        (
            "sm:even",
            "sm02-sm16, even: meetings and visits told without the common verbs, written the "
            "same way; developed on in the thirty-first round",
        ),
        ("sm:odd", "sm01-sm15, odd: the same set's held-out half, scored before and after"),
    ) + tuple(
        (
            prefix,
            f"{prefix}01-{prefix}16: {kind}, written in the thirty-second round by someone who "
            "had not read the rules, scored once after it (first sight), its errors not read",
        )
        for prefix, kind in (
            ("ta", "leaders' call and meeting readouts and background calls on trips"),
            ("tb", "foreign ministries' readouts, press releases and travel announcements"),
            ("tc", "sanctions, export-control and visa-restriction releases"),
            ("td", "defence, coast guard and foreign-ministry statements on incidents"),
            ("te", "joint statements, communiques and fact sheets"),
            ("tf", "press briefings, joint press conferences and background calls"),
        )
    ):
        members = [r for r in rows if _in_set(r[0], prefix)]
        if members:
            parts.append(
                f"### Invented texts, {name}\n\n" + markdown_table(members, total_label="**total**")
            )
    return "\n".join(parts)


def _set_of(name: str) -> str:
    """The set an invented text belongs to: the letters before its number ("f03-..." is in
    f), so that a later set may take two letters ("fa01-...") without joining f."""
    return re.match(r"[a-z]*", name).group(0)


def _in_set(name: str, prefix: str) -> bool:
    """`prefix` is a set ("fd") or one half of a set split by its numbers ("sr:even")."""
    prefix, _, half = prefix.partition(":")
    if _set_of(name) != prefix:
        return False
    if not half:
        return True
    return (int(re.match(r"[a-z]*(\d+)", name).group(1)) % 2 == 0) == (half == "even")


def _total(rows: list[tuple[str, Score]]) -> Score:
    total = Score()
    for _, s in rows:
        total = total + s
    return total


def speed(golds: list[Path]) -> str:
    """Articles of 700 words a second, as CPU time of this process (one core's work, not
    disturbed by other load; the wall clock is given too). Each pass starts cold (see
    `_forget_texts`), so it costs what texts never seen before would."""
    from relations_db.extract import extract

    texts = [(g.parent / _text_file(g)).read_text(encoding="utf-8") for g in golds]
    if not texts:  # (no corpus found: nothing to time, and the loop below would not end)
        return "Speed: no texts to time."
    words = sum(len(t.split()) for t in texts)
    for t in texts:  # warm up: imports, module patterns and tables
        extract(t, published="2024-01-01")
    n, elapsed, wall = 0, 0.0, 0.0
    while elapsed < 3:
        _forget_texts()
        t0, w0 = time.process_time(), time.perf_counter()
        for t in texts:
            extract(t, published="2024-01-01")
        elapsed += time.process_time() - t0
        wall += time.perf_counter() - w0
        n += 1
    return (
        f"Speed: {n * len(texts) / elapsed:.0f} dev texts/s; "
        f"{n * words / elapsed / 700:.0f} articles of 700 words a second (one core, CPU time; "
        f"{n * words / wall / 700:.0f} by the wall clock)."
    )


def _forget_texts() -> None:
    """Empty every cache keyed by what a text says (memoised date parses, per-text and
    per-name patterns in `re`'s cache): a pass over texts read in the pass before would
    otherwise find them there and read faster than new texts do. Tables built once
    (lru_cache(maxsize=1)) stay, as in any long-running process."""
    re.purge()
    for name, module in list(sys.modules.items()):
        if not name.startswith("relations_db"):
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if info is not None and info().maxsize != 1:
                value.cache_clear()


def write_doc(report: str) -> None:
    text = DOC.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{DOC}: the result markers are missing")
    head, rest = text.split(START, 1)
    tail = rest.split(END, 1)[1]
    DOC.write_text(f"{head}{START}\n{report}\n{END}{tail}", encoding="utf-8")


def _text_file(gold: Path) -> str:
    import yaml

    return yaml.safe_load(gold.read_text(encoding="utf-8"))["source"]["text_file"]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

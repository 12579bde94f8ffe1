"""Score `extract` on every dev text and on the seed article; print a Markdown table.

    python bench/extraction_eval.py [CORPUS_DIR] [--json] [--speed]

CORPUS_DIR defaults to ../shared/corpus/dev (beside this repository). Each `*.gold.yaml`
names its text in `source.text_file`; the seed article is `seeds/*.yaml` with its text.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from relations_db.extract.evaluate import markdown_table, score_gold_file  # noqa: E402


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    corpus = Path(args[0]) if args else ROOT.parent / "shared" / "corpus" / "dev"
    golds = sorted(corpus.glob("*.gold.yaml"))
    rows = [(g.name.removesuffix(".gold.yaml"), score_gold_file(g)) for g in golds]
    table = markdown_table(rows, total_label="**dev, all texts**")
    seed = sorted((ROOT / "seeds").glob("*.yaml"))
    seed_rows = [(s.stem + " (seed)", score_gold_file(s)) for s in seed]
    print(table)
    if seed_rows:
        print(markdown_table(seed_rows))
    if "--speed" in argv:
        from relations_db.extract import extract

        texts = [(g.parent / _text_file(g)).read_text(encoding="utf-8") for g in golds]
        words = sum(len(t.split()) for t in texts)
        for t in texts:  # warm up: imports and compiled patterns
            extract(t, published="2024-01-01")
        # CPU time of this process: one core's work, not disturbed by other load
        # (the wall clock is printed too: it is lower when other processes share the core)
        n, t0, w0 = 0, time.process_time(), time.perf_counter()
        while time.process_time() - t0 < 3:
            for t in texts:
                extract(t, published="2024-01-01")
            n += 1
        elapsed, wall = time.process_time() - t0, time.perf_counter() - w0
        print(
            f"speed: {n * len(texts) / elapsed:.0f} dev texts/s; "
            f"{n * words / elapsed / 700:.0f} articles of 700 words/s (one core, CPU time; "
            f"{n * words / wall / 700:.0f} by the wall clock)"
        )
    return 0


def _text_file(gold: Path) -> str:
    import yaml

    return yaml.safe_load(gold.read_text(encoding="utf-8"))["source"]["text_file"]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

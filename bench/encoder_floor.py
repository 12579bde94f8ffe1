#!/usr/bin/env python3
"""The speed floor of an encoder-based extractor: small transformer encoders on ONE core.

Issue 15 asks for events F1 0.80 on unseen texts at 50 articles of 700 words a second on one
core. Rules and word-level learners stop near 0.60-0.70 there (docs/extraction.md, "What is
weak"); a pretrained encoder fine-tuned on the annotated texts is the remaining candidate.
This measures what the smallest such encoders cost, so the two targets can be weighed.
It needs packages the project does not depend on, in a venv of its own:

    python3 -m venv /tmp/floor && /tmp/floor/bin/pip install torch==2.13.0 transformers \
        onnxruntime onnx
    /tmp/floor/bin/python bench/encoder_floor.py --pipeline-python .venv/bin/python \
        [--corpus DIR] [--pipeline-ms MS] [--models a,b] [--words N] [--json OUT]

`--pipeline-python` is a Python with relations-db installed: it runs
`bench/extraction_eval.py --speed` for the cost of the rest of the pipeline
(or give that cost as `--pipeline-ms`).

Weights are RANDOM (models are built from config objects; nothing is downloaded): speed does
not depend on weight values. Token ids are random too; only sequence lengths matter, and they
come from the real dev texts (words x 1.3 wordpieces, +2 for [CLS]/[SEP] per sequence).

Modes, all timed over the same texts and scaled to ms per 700-word article:
  win128 / win256  the whole article cut into 128- or 256-token windows, one batch per article
  sent             every sentence, sorted by length within the article, batches of --batch,
                   padded per batch (truncated at 128 tokens)
  cand             as sent, only sentences a keyword prefilter keeps (TRIGGER below)
Settings: fp32 torch (1 thread, inference_mode); int8 torch dynamic quantisation of nn.Linear;
onnxruntime fp32 (intra_op=1, inter_op=1, ORT_ENABLE_ALL) and onnxruntime dynamic int8.
Each (model, mode, setting): one warm-up pass, then 3 timed passes; best of 3, CPU time of
this process (time.process_time, as relations-db's bench does) and wall clock both reported.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse  # noqa: E402
import glob  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402

import numpy as np  # noqa: E402
import torch  # noqa: E402

warnings.filterwarnings("ignore")

TOKENS_PER_WORD = 1.3
VOCAB = 30522
ARTICLE_WORDS = 700

# name: (layers, hidden, heads, intermediate)
MODELS = {
    "bert-tiny": (2, 128, 2, 512),
    "bert-mini": (4, 256, 4, 1024),
    "bert-small": (4, 512, 8, 2048),
    "minilm-l6-h384": (6, 384, 12, 1536),
    "minilm-l12-h384": (12, 384, 12, 1536),
    "distilbert": (6, 768, 12, 3072),
}

TRIGGER = re.compile(
    r"\b(met|meet\w*|talks|call\w*|spoke|visit\w*|travel\w*|trips?|hosted|welcomed|received"
    r"|sanction\w*|designat\w*|attack\w*|strike\w*|seiz\w*|detain\w*|launch\w*|missiles?"
    r"|drones?|collision\w*|intercept\w*)\b",
    re.IGNORECASE,
)
SENT_SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")


# ---------------------------------------------------------------- corpus


def load_texts(corpus: str) -> list[tuple[str, str]]:
    out = []
    for path in sorted(glob.glob(os.path.join(corpus, "*.txt"))):
        raw = open(path, encoding="utf-8").read()
        body = raw.split("\n---\n", 1)[1] if "\n---\n" in raw else raw
        out.append((os.path.basename(path), body))
    if not out:
        raise SystemExit(f"{corpus}: no *.txt texts found")
    return out


def sentences(body: str) -> list[str]:
    sents = []
    for para in body.split("\n"):
        para = para.strip()
        if para:
            sents.extend(s for s in SENT_SPLIT.split(para) if s.strip())
    return sents


def n_tokens(words: int) -> int:
    return math.ceil(words * TOKENS_PER_WORD)


def corpus_stats(texts):
    words = [len(b.split()) for _, b in texts]
    n_sent = n_cand = w_sent = w_cand = 0
    for _, b in texts:
        for s in sentences(b):
            w = len(s.split())
            n_sent += 1
            w_sent += w
            if TRIGGER.search(s):
                n_cand += 1
                w_cand += w
    return {
        "texts": len(texts),
        "words_total": sum(words),
        "words_mean": sum(words) / len(words),
        "sentences": n_sent,
        "words_per_sentence": w_sent / n_sent,
        "candidate_sentences": n_cand,
        "candidate_fraction_sentences": n_cand / n_sent,
        "candidate_fraction_words": w_cand / w_sent,
    }


def pick_subset(texts, target_words: int):
    """Every k-th text (spread over the d01-d23 range) until target_words is reached."""
    if target_words <= 0:
        return texts
    total = sum(len(b.split()) for _, b in texts)
    k = max(1, round(total / target_words))
    chosen, words = [], 0
    for start in range(k):
        for t in texts[start::k]:
            if words >= target_words:
                break
            chosen.append(t)
            words += len(t[1].split())
        if words >= target_words:
            break
    return chosen


# ---------------------------------------------------------------- workloads


def _batch(lengths: list[int], seq: int | None, rng) -> tuple[np.ndarray, np.ndarray]:
    seq = seq or max(lengths)
    ids = rng.integers(1000, VOCAB, size=(len(lengths), seq), dtype=np.int64)
    mask = np.zeros((len(lengths), seq), dtype=np.int64)
    for i, n in enumerate(lengths):
        mask[i, :n] = 1
        ids[i, n:] = 0
    return ids, mask


def workload(texts, mode: str, batch: int, seed: int = 0):
    """List of (input_ids, attention_mask) numpy batches and the token count (unpadded)."""
    rng = np.random.default_rng(seed)
    batches, real = [], 0
    for _, body in texts:
        if mode.startswith("win"):
            w = int(mode[3:])
            toks = n_tokens(len(body.split()))
            per = w - 2
            nwin = math.ceil(toks / per)
            lengths = [w] * (nwin - 1) + [toks - per * (nwin - 1) + 2]
            batches.append(_batch(lengths, w, rng))
            real += sum(lengths)
            continue
        sents = sentences(body)
        if mode == "cand":
            sents = [s for s in sents if TRIGGER.search(s)]
        lengths = sorted(min(128, n_tokens(len(s.split())) + 2) for s in sents)
        for i in range(0, len(lengths), batch):
            chunk = lengths[i : i + batch]
            batches.append(_batch(chunk, None, rng))
            real += sum(chunk)
    return batches, real


# ---------------------------------------------------------------- models


def build(name: str):
    from transformers import BertConfig, BertModel

    layers, hidden, heads, inter = MODELS[name]
    cfg = BertConfig(
        vocab_size=VOCAB,
        hidden_size=hidden,
        num_hidden_layers=layers,
        num_attention_heads=heads,
        intermediate_size=inter,
        max_position_embeddings=512,
    )
    torch.manual_seed(0)
    model = BertModel(cfg, add_pooling_layer=False).eval()
    params = sum(p.numel() for p in model.parameters())
    enc = sum(p.numel() for p in model.encoder.parameters())
    return model, params, enc


class _Wrap(torch.nn.Module):
    def __init__(self, m):
        super().__init__()
        self.m = m

    def forward(self, input_ids, attention_mask):
        return self.m(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state


def torch_runner(model, batches):
    tb = [(torch.from_numpy(i), torch.from_numpy(m)) for i, m in batches]

    def run():
        with torch.inference_mode():
            for ids, mask in tb:
                model(input_ids=ids, attention_mask=mask)

    return run


def export_onnx(model, path: str):
    ids = torch.randint(1000, VOCAB, (2, 16))
    mask = torch.ones(2, 16, dtype=torch.long)
    wrapped = _Wrap(model).eval()
    try:
        torch.onnx.export(
            wrapped, (ids, mask), path, input_names=["input_ids", "attention_mask"],
            output_names=["out"], opset_version=17, dynamo=False,
            dynamic_axes={"input_ids": {0: "b", 1: "s"}, "attention_mask": {0: "b", 1: "s"},
                          "out": {0: "b", 1: "s"}},
        )
        return "torchscript-exporter"
    except Exception as e:  # noqa: BLE001
        print(f"  (legacy exporter failed: {e!s:.120}; trying dynamo)", file=sys.stderr)
    b, s = torch.export.Dim("b"), torch.export.Dim("s", max=512)
    prog = torch.onnx.export(
        wrapped, (ids, mask), input_names=["input_ids", "attention_mask"],
        output_names=["out"], dynamo=True, external_data=False,
        dynamic_shapes={"input_ids": {0: b, 1: s}, "attention_mask": {0: b, 1: s}},
    )
    prog.save(path)
    return "dynamo-exporter"


def ort_runner(path, batches):
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads = 1
    so.inter_op_num_threads = 1
    so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    sess = ort.InferenceSession(path, so, providers=["CPUExecutionProvider"])

    def run():
        for ids, mask in batches:
            sess.run(None, {"input_ids": ids, "attention_mask": mask})

    return run


def ort_optimize(path: str, hidden: int, heads: int, out: str) -> str:
    """onnxruntime's transformer optimizer (fused attention / layernorm / gelu)."""
    from onnxruntime.transformers.optimizer import optimize_model

    opt = optimize_model(path, model_type="bert", num_heads=heads, hidden_size=hidden,
                         opt_level=1)
    opt.save_model_to_file(out)
    return out


def ort_quantize(path: str, out: str) -> str:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(path, out, weight_type=QuantType.QInt8,
                     extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
    return out


# ---------------------------------------------------------------- timing


def time_it(run, runs: int = 3):
    run()  # warm-up
    best_cpu = best_wall = float("inf")
    for _ in range(runs):
        c0, w0 = time.process_time(), time.perf_counter()
        run()
        best_cpu = min(best_cpu, time.process_time() - c0)
        best_wall = min(best_wall, time.perf_counter() - w0)
    return best_cpu, best_wall


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def pipeline_ms(arg: float | None, python: str) -> tuple[float, str]:
    if arg:
        return arg, "given"
    cmd = [python, os.path.join("bench", "extraction_eval.py"), "--speed"]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True).stdout
    m = re.search(r"(\d+) articles of 700 words a second", out)
    if not m:
        raise SystemExit("could not read the pipeline speed from bench/extraction_eval.py")
    return 1000 / float(m.group(1)), m.group(0)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "dev"))
    ap.add_argument("--pipeline-ms", type=float, default=None)
    ap.add_argument("--pipeline-python", default=sys.executable)
    ap.add_argument("--models", default=",".join(MODELS))
    ap.add_argument("--fast-models", default="bert-tiny,bert-mini,minilm-l6-h384",
                    help="models also timed with int8 and onnxruntime")
    ap.add_argument("--modes", default="win128,win256,sent,cand")
    ap.add_argument("--words", type=int, default=3500,
                    help="words of dev text per timed pass (0 = all texts)")
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--json", default=None, help="write every row to this file")
    a = ap.parse_args(argv)

    torch.set_num_threads(1)
    torch.set_num_interop_threads(1)
    texts = load_texts(a.corpus)
    stats = corpus_stats(texts)
    subset = pick_subset(texts, a.words)
    sub_words = sum(len(b.split()) for _, b in subset)
    articles = sub_words / ARTICLE_WORDS
    pms, psrc = pipeline_ms(a.pipeline_ms, a.pipeline_python)
    print(json.dumps(stats, indent=1))
    print(f"timed subset: {[n for n, _ in subset]} = {sub_words} words = {articles:.2f} "
          f"articles of 700 words; pipeline {pms:.1f} ms/article ({psrc})")
    print(f"torch {torch.__version__}, threads {torch.get_num_threads()}, "
          f"quantized engine {torch.backends.quantized.engine}")

    modes = a.modes.split(",")
    # cand keeps ~18% of the tokens and its share varies from text to text: time it over
    # every dev text, the others over the subset.
    loads, arts = {}, {}
    for m in modes:
        src = texts if m == "cand" else subset
        loads[m] = workload(src, m, a.batch)
        arts[m] = sum(len(b.split()) for _, b in src) / ARTICLE_WORDS
        b, real = loads[m]
        padded = sum(i.size for i, _ in b)
        print(f"mode {m}: {len(b)} batches over {arts[m]:.2f} articles, "
              f"{real / arts[m]:.0f} real tokens / article, {padded / arts[m]:.0f} padded")

    rows = []
    tmp = tempfile.mkdtemp(prefix="floor_onnx_")
    for name in a.models.split(","):
        model, params, enc = build(name)
        layers, hidden, heads, _ = MODELS[name]
        settings = [("fp32", model)]
        if name in a.fast_models.split(","):
            q = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear},
                                                       dtype=torch.qint8)
            settings.append(("int8", q))
            p32 = os.path.join(tmp, f"{name}.onnx")
            how = export_onnx(model, p32)
            popt = ort_optimize(p32, hidden, heads, os.path.join(tmp, f"{name}.opt.onnx"))
            pq = ort_quantize(popt, os.path.join(tmp, f"{name}.opt.int8.onnx"))
            settings += [("onnx", p32), ("onnx-opt", popt), ("onnx-opt-int8", pq)]
            print(f"  {name}: onnx via {how}")
        for mode in modes:
            batches, _ = loads[mode]
            for setting, obj in settings:
                run = (torch_runner(obj, batches) if setting in ("fp32", "int8")
                       else ort_runner(obj, batches))
                cpu, wall = time_it(run)
                articles = arts[mode]
                ms = cpu / articles * 1000
                row = {
                    "model": name, "params_M": round(params / 1e6, 2),
                    "encoder_params_M": round(enc / 1e6, 2), "mode": mode,
                    "setting": setting, "ms_per_article_cpu": round(ms, 2),
                    "ms_per_article_wall": round(wall / articles * 1000, 2),
                    "encoder_articles_per_s": round(1000 / ms, 1),
                    "with_pipeline_articles_per_s": round(1000 / (ms + pms), 1),
                }
                rows.append(row)
                print(f"{name:16s} {mode:7s} {setting:14s} {ms:9.2f} ms/article (cpu) "
                      f"{row['ms_per_article_wall']:9.2f} (wall)  -> "
                      f"{row['with_pipeline_articles_per_s']:6.1f} art/s with pipeline",
                      flush=True)
    if not a.json:
        return 0
    with open(a.json, "w") as f:
        json.dump({"stats": stats, "pipeline_ms": pms, "pipeline_src": psrc,
                   "subset": [n for n, _ in subset], "subset_words": sub_words,
                   "argv": sys.argv[1:], "rows": rows}, f, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Cross-validated NER quality on the ANERcorp train split, plus tagging speed on SaudiNewsNet.

- 5 contiguous folds (sentences are not shuffled: ANERcorp is a sequence of documents and the official
  split is sequential, so shuffling would leak a document's names into its own test fold); each test
  fold is tagged as one text (``NerModel.tag_document``), so the document features see its sentences;
- "last sixth": train on the first 5/6 of the sentences, test on the last 1/6 (mimics the official split);
- seeds sanity check: ``find_entities`` on the gold seed texts, exact span + type (not tuned on);
- tagging speed: tokens/s of ``find_entities`` over SaudiNewsNet articles, one process, and of the
  tagger alone (``NerModel.tag_chunks`` on the same texts, tokenised beforehand).

Usage: ``uv run python bench/ner_cv.py [--folds 5] [--jobs 2] [--c1 0.05 --c2 0.02]``; also
``run()`` for ``bench/run.py``. Prints a table and writes ``benchmarks/results/ner_cv.json``.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import statistics
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from pathlib import Path
from typing import Any

from akhbar.eval.ner import score_entities
from akhbar.extract.conll import read_conll
from akhbar.extract.ner import NerModel, find_entities
from akhbar.extract.train import NerTrainOptions, train_sentences
from akhbar.text.tokenise import iter_tokens

HERE = Path(__file__).resolve().parent
RESULTS = HERE.parent / "benchmarks" / "results"
SHARED = HERE.parent.parent / "shared"
TRAIN = SHARED / "data/anercorp/train.txt"
TYPES = ("PERS", "LOC", "ORG", "MISC")

Sentences = list[list[tuple[str, str]]]


def _fold_run(args: tuple[Sentences, Sentences, NerTrainOptions]) -> dict[str, Any]:
    train, test, options = args
    with tempfile.TemporaryDirectory() as tmp:
        report = train_sentences(train, Path(tmp) / "fold.crfsuite", options=options)
        model = NerModel.load(report.model)
        gold = [[t for _, t in s] for s in test]
        pred = model.tag_document([[w for w, _ in s] for s in test])  # the fold is one text
        result = score_entities(gold, pred)
    result["train_seconds"] = round(report.seconds, 1)
    result["model_bytes"] = report.model_bytes
    return result


def splits(sentences: Sentences, folds: int) -> list[tuple[Sentences, Sentences]]:
    """Contiguous folds by sentence index, then the last-sixth split."""
    n = len(sentences)
    bounds = [round(k * n / folds) for k in range(folds + 1)]
    out = [
        (sentences[: bounds[k]] + sentences[bounds[k + 1] :], sentences[bounds[k] : bounds[k + 1]])
        for k in range(folds)
    ]
    cut = n - n // 6
    out.append((sentences[:cut], sentences[cut:]))
    return out


def seeds_score(model: NerModel) -> dict[str, Any]:
    """Exact span + type P/R/F1 of ``find_entities`` on the gold seed texts."""
    hit = n_gold = n_pred = 0
    for line in (SHARED / "gold/seeds.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        gold = {(e["start"], e["end"], e["type"]) for e in rec["entities"]}
        pred = {(s.start, s.end, s.label) for s in find_entities(rec["text"], model=model)}
        hit, n_gold, n_pred = hit + len(gold & pred), n_gold + len(gold), n_pred + len(pred)
    p, r = hit / max(n_pred, 1), hit / max(n_gold, 1)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / max(p + r, 1e-9), 4)}


def tagging_speed(model: NerModel, articles: int = 4000) -> dict[str, float]:
    """Tokens/s of ``find_entities`` and of the tagger alone on SaudiNewsNet article bodies.

    One process; the first 1000 articles warm the per-type caches, as a long run would, and are not timed.
    """
    with gzip.open(SHARED / "data/saudinewsnet/articles.jsonl.gz", "rt", encoding="utf-8") as f:
        texts = [json.loads(line)["content"] for line in islice(f, articles)]
    for text in texts[:1000]:
        find_entities(text, model=model)
    timed = texts[1000:]
    tokenised = [[text[s:e] for s, e in iter_tokens(text)] for text in timed]
    tokens = sum(map(len, tokenised))
    started = time.perf_counter()
    for text in timed:
        find_entities(text, model=model)
    seconds = time.perf_counter() - started
    started = time.perf_counter()
    for words in tokenised:
        model.tag_chunks(words)
    tagger_seconds = time.perf_counter() - started
    return {
        "tag_tokens_per_s": round(tokens / seconds),
        "tagger_tokens_per_s": round(tokens / tagger_seconds),
        "tag_tokens": tokens,
    }


def run(folds: int = 5, jobs: int = 2, options: NerTrainOptions | None = None) -> dict[str, Any]:
    opts = options or NerTrainOptions()
    sentences = read_conll(TRAIN)
    parts = splits(sentences, folds)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(_fold_run, [(tr, te, opts) for tr, te in parts]))
    cv, last = results[:folds], results[folds]
    f1s = [r["f1"] for r in cv]
    figures: dict[str, Any] = {
        "cv_f1_mean": round(statistics.mean(f1s), 4),
        "cv_f1_std": round(statistics.stdev(f1s), 4) if len(f1s) > 1 else 0.0,
        "cv_precision_mean": round(statistics.mean(r["precision"] for r in cv), 4),
        "cv_recall_mean": round(statistics.mean(r["recall"] for r in cv), 4),
        "cv_f1_folds": f1s,
        "last_sixth_f1": last["f1"],
        "last_sixth_precision": last["precision"],
        "last_sixth_recall": last["recall"],
        "fold_train_seconds_mean": round(statistics.mean(r["train_seconds"] for r in cv), 1),
    }
    for kind in TYPES:
        figures[f"cv_f1_{kind}"] = round(
            statistics.mean(r["per_type"].get(kind, {}).get("f1", 0.0) for r in cv), 4
        )
        figures[f"last_sixth_f1_{kind}"] = last["per_type"].get(kind, {}).get("f1", 0.0)
    shipped = NerModel.load()
    figures["seeds_f1"] = seeds_score(shipped)["f1"]
    figures.update(tagging_speed(shipped))
    figures["model_bytes"] = shipped.source.stat().st_size
    figures["options"] = dataclasses.asdict(opts)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description="ANERcorp cross-validation of the akhbar NER")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--c1", type=float, default=NerTrainOptions().c1)
    parser.add_argument("--c2", type=float, default=NerTrainOptions().c2)
    parser.add_argument("--iterations", type=int, default=NerTrainOptions().max_iterations)
    args = parser.parse_args()
    options = NerTrainOptions(c1=args.c1, c2=args.c2, max_iterations=args.iterations)
    figures = run(args.folds, args.jobs, options)
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "ner_cv.json").write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()

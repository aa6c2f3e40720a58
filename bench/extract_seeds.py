"""Extraction quality on the gold seeds and extraction speed on SaudiNewsNet.

- quality: ``akhbar.eval.extract.evaluate_extract`` on ``../shared/gold/seeds.jsonl`` (one extractor
  over the file, in order, as ``akhbar eval extract`` runs it), flattened to ``<layer>_<figure>``, and
  the same on the silver dev sets of ``bench/data/silver`` (``silverN_<layer>_<figure>``; all
  nine have been read while tuning: the blind set 10 is scored by the lead engineer only, never here);
- speed: tokens/s of the whole ``Extractor`` call (sentences, NER, linking, quotes, timex, events) on
  ~2000 SaudiNewsNet articles read and built as ingest builds them (``read_paths`` → ``build_article``);
  only the extractor call is timed, after a warm-up on the articles before them. Tokens are those of
  the text the extractor reads (title and body outside excluded regions), counted by ``count_tokens``;
  in one process (``extract_tokens_per_s``) and, as #5 asks, on every core: the same articles split
  across a ``spawn`` pool of one worker per core (``extract_2proc_*``, ``bench/extract_pool.py``; model
  loading and warm-up outside the timed part, and reported both ways). Load averages are kept with both,
  and CPU-time figures (``*_per_cpu_s``, ``extract_2proc_tokens_per_s_dedicated``) that a loaded shared
  machine moves less than wall-clock ones;
- step shares: the same steps timed one by one on the first ``STEP_ARTICLES`` of those articles with a
  fresh entity index, as a fraction of their sum (the ``Extractor.__call__`` order, repeated here).

Usage: ``uv run python bench/run.py extract_seeds`` (or ``uv run python bench/extract_seeds.py``).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from akhbar.eval.extract import evaluate_extract
from akhbar.extract.pipeline import Extractor, add_events, add_quotes, add_sentences, add_timex
from akhbar.ingest.build import BuildContext, build_article
from akhbar.ingest.document import Document
from akhbar.ingest.readers import read_paths
from akhbar.model import Article
from akhbar.text.tokenise import count_tokens

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_pool import pooled_speed  # bench/ is not a package

HERE = Path(__file__).resolve().parent
RESULTS = HERE.parent / "benchmarks" / "results"
SHARED = HERE.parent.parent / "shared"
SEEDS = SHARED / "gold" / "seeds.jsonl"
CORPUS = SHARED / "data" / "saudinewsnet" / "articles.jsonl.gz"
# silver dev sets (bench/data/silver/README.md): sets 1-9 were read while tuning; blind set 10 is not run here
SILVER = {
    f"silver{n}": HERE / "data" / "silver" / f"snn_dev{suffix}.jsonl"
    for n, suffix in ((1, ""), (2, "2"), (3, "3"), (4, "4"), (5, "5"), (6, "6"), (7, "7"), (8, "8"), (9, "9"))
}
WARMUP = 200
ARTICLES = 2000
STEP_ARTICLES = 500


def run() -> dict[str, Any]:
    from run import data_hash

    figures: dict[str, Any] = {}
    extractor = Extractor.load()
    if SEEDS.exists():
        for layer, scores in evaluate_extract(SEEDS, extractor=Extractor(extractor.ner)).items():
            figures |= {f"seeds_{layer}_{key}": value for key, value in scores.items()}
    else:
        figures["seeds"] = f"skipped: {SEEDS} not found"
    for name, path in SILVER.items():  # in the repository: always there
        for layer, scores in evaluate_extract(path, extractor=Extractor(extractor.ner)).items():
            figures |= {f"{name}_{layer}_{key}": value for key, value in scores.items()}
    if CORPUS.exists():
        figures |= speed(extractor)
    else:
        figures["speed"] = f"skipped: {CORPUS} not found"
    figures["data_hash"] = data_hash([SEEDS, CORPUS, *SILVER.values()])
    return figures


def snn_articles(count: int) -> list[Article]:
    """The first ``count`` SaudiNewsNet articles, built as ``akhbar ingest`` builds them."""
    context = BuildContext()
    docs: Iterator[Document] = (d for d in read_paths([CORPUS]) if isinstance(d, Document))
    return [build_article(doc, context) for doc in islice(docs, count)]


def read_tokens(article: Article) -> int:
    """Tokens of the text the extractor reads: the body outside excluded regions, and a title above it."""
    body = article.body
    ranges = article.kept_ranges()
    ranges += [(t.start, t.end) for t in article.spans("title") if t.end <= body.start or t.start >= body.end]
    return sum(count_tokens(article.text[s:e]) for s, e in ranges)


def speed(extractor: Extractor) -> dict[str, Any]:
    articles = snn_articles(WARMUP + ARTICLES)
    warm, timed = articles[:WARMUP], articles[WARMUP:]
    for article in warm:
        extractor(article)
    tokens = sum(read_tokens(a) for a in timed)
    load_before = [round(x, 2) for x in os.getloadavg()]
    started, cpu_started = time.perf_counter(), time.process_time()
    for article in timed:
        extractor(article)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    figures: dict[str, Any] = {
        "extract_articles": len(timed),
        "extract_tokens": tokens,
        "extract_s": round(seconds, 1),
        "extract_tokens_per_s": round(tokens / seconds),
        "extract_tokens_per_cpu_s": round(tokens / cpu),
        "extract_articles_per_s": round(len(timed) / seconds, 1),
        "extract_loadavg_before": load_before,
        "extract_loadavg_after": [round(x, 2) for x in os.getloadavg()],
    }
    figures |= pooled_speed(warm, timed, tokens)
    shares = step_shares(Extractor(extractor.ner), timed[:STEP_ARTICLES])
    figures |= {f"share_{name}": share for name, share in shares.items()}
    return figures


def step_shares(extractor: Extractor, articles: list[Article]) -> dict[str, float]:
    """Each step's fraction of the extraction time over ``articles`` (steps in ``Extractor.__call__`` order)."""
    steps: dict[str, Callable[[Article], Article]] = {
        "sentences": add_sentences,
        "entities": extractor.add_entities,  # NER and linking
        "quotes": add_quotes,
        "timex": add_timex,
        "events": add_events,
    }
    spent = dict.fromkeys(steps, 0.0)
    for article in articles:
        for name, step in steps.items():
            started = time.perf_counter()
            article = step(article)
            spent[name] += time.perf_counter() - started
    total = sum(spent.values()) or 1.0
    return {name: round(seconds / total, 3) for name, seconds in spent.items()}


if __name__ == "__main__":
    figures = run()
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "extract_seeds.json").write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n")

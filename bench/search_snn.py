"""Search latency over the whole SaudiNewsNet database: p50/p95/p99 of ``Akhbar.search``.

The database is the one ``ingest_snn`` keeps in ``bench/.cache/`` (built first when missing). The
query set (300 by default, seed 20150721) is drawn from the stored articles themselves, from pages at
random offsets of the article listing:

- ``frequent``: single words of document-frequency rank 20-400 in the sample (common content words);
- ``rare``: single words found in exactly one sampled article (4+ letters);
- ``names``: entity mentions (``entities`` layer: persons, places, organisations), 1-3 words;
- ``phrases``: 2-3 consecutive words of a random sentence;
- ``filtered``: a frequent word or a name with an outlet filter, a 7-day date window, or both;
- ``variants``: a frequent word or name as a user may type it: with diacritics, tatweel, or another
  hamza/alef, ya or ta-marbuta form (what the search key folds away).

Every query runs once as a warm-up, then ``passes`` (3) timed passes in the same order; each figure
is the median over the passes of that pass's percentile. ``limit=20`` as the API's default. Per
category p95 and hit counts, and the slowest queries, say where the time goes.

Usage: ``python bench/run.py search_snn [--quick]`` or ``python bench/search_snn.py [--quick] [--queries 300]``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import corpus, data_hash, machine, median, percentile, snn_db  # noqa: E402

SEED = 20150721
QUERIES = 300
PASSES = 3
SAMPLE_PAGES = 12
PAGE = 200
LIMIT = 20
# share of each category in the query set
MIX = {"frequent": 0.2, "rare": 0.2, "names": 0.2, "phrases": 0.15, "filtered": 0.15, "variants": 0.1}

_WORD = re.compile(r"[\u0621-\u064A]{2,}")
_MARKS = "\u064e\u064f\u0650\u0651\u0652\u064b"  # fatha, damma, kasra, shadda, sukun, tanween


@dataclass(frozen=True, slots=True)
class Query:
    kind: str
    q: str
    outlet: str | None = None
    date_from: date | None = None
    date_to: date | None = None

    def label(self) -> str:
        extra = [f"outlet={self.outlet}"] if self.outlet else []
        if self.date_from:
            extra.append(f"{self.date_from}..{self.date_to}")
        return " ".join([self.q, *extra])


def make_queries(ak: Any, count: int = QUERIES, seed: int = SEED) -> list[Query]:
    """``count`` queries drawn from the stored articles with a fixed seed (see the module docstring)."""
    rng = random.Random(seed)
    total = ak.stats()["articles"]
    offsets = sorted(rng.sample(range(max(total - PAGE, 1)), min(SAMPLE_PAGES, max(total // PAGE, 1))))
    sample = [a for off in offsets for a in ak.articles(limit=PAGE, offset=off, with_spans=True)]
    df: Counter[str] = Counter()
    names: list[str] = []
    sentences: list[str] = []
    for article in sample:
        kept = " ".join(article.text[s:e] for s, e in article.kept_ranges())
        df.update(set(_WORD.findall(kept)))
        names += [
            article.text[s.start : s.end]
            for s in article.spans("entities")
            if s.label in ("PERS", "LOC", "ORG") and 1 <= len(article.text[s.start : s.end].split()) <= 3
        ]
        sentences += [article.text[s.start : s.end] for s in article.spans("sentences")]
    by_df = [w for w, _ in df.most_common()]
    frequent = [w for w in by_df[20:400] if len(w) >= 3]
    rare = sorted(w for w, n in df.items() if n == 1 and len(w) >= 4)
    names = sorted(set(names))
    outlets = [name for name, _ in ak.store.outlets()]
    days = sorted({d for a in sample if (d := a.pub_date or a.crawl_date)})
    quota = {kind: round(share * count) for kind, share in MIX.items()}
    quota["frequent"] += count - sum(quota.values())
    out: list[Query] = []
    out += [Query("frequent", w) for w in rng.sample(frequent, min(quota["frequent"], len(frequent)))]
    out += [Query("rare", w) for w in rng.sample(rare, min(quota["rare"], len(rare)))]
    out += [Query("names", n) for n in rng.sample(names, min(quota["names"], len(names)))]
    for _ in range(quota["phrases"]):
        words = _WORD.findall(rng.choice(sentences)) or [rng.choice(frequent)]
        size = rng.choice((2, 3))
        start = rng.randrange(max(len(words) - size, 0) + 1)
        out.append(Query("phrases", " ".join(words[start : start + size])))
    for _ in range(quota["filtered"]):
        q = rng.choice(frequent) if rng.random() < 0.5 else rng.choice(names)
        which = rng.choice(("outlet", "dates", "both"))
        outlet = rng.choice(outlets) if which in ("outlet", "both") and outlets else None
        start_day = rng.choice(days) if which in ("dates", "both") and days else None
        end_day = start_day + timedelta(days=6) if start_day else None
        out.append(Query("filtered", q, outlet, start_day, end_day))
    for _ in range(quota["variants"]):
        out.append(Query("variants", variant(rng.choice(frequent + names), rng)))
    return out


def variant(text: str, rng: random.Random) -> str:
    """``text`` as a user may type it: diacritised, with tatweel, or with another alef/ya/ta form."""
    how = rng.choice(("diacritics", "hamza", "tatweel"))
    words = text.split()
    if how == "diacritics":
        return " ".join(
            "".join(c + (rng.choice(_MARKS) if rng.random() < 0.5 else "") for c in w) for w in words
        )
    if how == "tatweel":
        return " ".join(w[: len(w) // 2] + "\u0640" + w[len(w) // 2 :] if len(w) > 2 else w for w in words)
    out = []
    for w in words:
        if w.startswith("ا"):
            w = rng.choice("أإآ") + w[1:]
        elif w.startswith("ال") and len(w) > 3 and w[2] == "ا":
            w = "الإ" + w[3:]
        if w.endswith("ي"):
            w = w[:-1] + "ى"
        elif w.endswith("ه"):
            w = w[:-1] + "ة"
        elif w.endswith("ة"):
            w = w[:-1] + "ه"
        out.append(w)
    return " ".join(out)


def time_queries(ak: Any, queries: list[Query]) -> tuple[list[float], list[float], list[int]]:
    """Wall milliseconds, CPU milliseconds (this thread) and hit counts of each query, in order."""
    ms: list[float] = []
    cpu: list[float] = []
    hits: list[int] = []
    for query in queries:
        started, cpu_started = time.perf_counter(), time.thread_time()
        found = ak.search(
            query.q, limit=LIMIT, outlet=query.outlet, date_from=query.date_from, date_to=query.date_to
        )
        ms.append((time.perf_counter() - started) * 1000)
        cpu.append((time.thread_time() - cpu_started) * 1000)
        hits.append(len(found))
    return ms, cpu, hits


def run(quick: bool = False, *, count: int = QUERIES, passes: int = PASSES) -> dict[str, Any]:
    source = corpus(quick)
    if not source.exists():
        return {"skipped": f"{source} not found"}
    from akhbar.api.facade import Akhbar

    db = snn_db(quick)
    with Akhbar.open(str(db)) as ak:
        articles = ak.stats()["articles"]
        queries = make_queries(ak, count)
        warm_ms, _, hits = time_queries(ak, queries)  # warm-up: page cache, statement cache, key caches
        timed = [time_queries(ak, queries) for _ in range(passes)]
    runs = [t[0] for t in timed]
    cpu_runs = [t[1] for t in timed]
    figures: dict[str, Any] = {
        "quick": quick,
        "db": str(db),
        "articles": articles,
        "queries": len(queries),
        "passes": passes,
    }
    for name, q in (("p50", 50), ("p95", 95), ("p99", 99)):
        figures[f"{name}_ms"] = round(median([percentile(r, q) for r in runs]), 2)
        figures[f"{name}_cpu_ms"] = round(median([percentile(r, q) for r in cpu_runs]), 2)
    figures["mean_ms"] = round(median([sum(r) / len(r) for r in runs]), 2)
    figures["max_ms"] = round(median([max(r) for r in runs]), 1)
    figures["warmup_p95_ms"] = round(percentile(warm_ms, 95), 2)
    figures["p95_ms_by_pass"] = [round(percentile(r, 95), 2) for r in runs]
    per_query = [median([r[i] for r in runs]) for i in range(len(queries))]
    for kind in MIX:
        idx = [i for i, q in enumerate(queries) if q.kind == kind]
        if idx:
            figures[f"{kind}_p95_ms"] = round(percentile([per_query[i] for i in idx], 95), 2)
            figures[f"{kind}_mean_hits"] = round(sum(hits[i] for i in idx) / len(idx), 1)
    figures["no_hit_queries"] = sum(1 for h in hits if h == 0)
    slowest = sorted(range(len(queries)), key=lambda i: -per_query[i])[:5]
    figures["slowest"] = [
        f"{per_query[i]:.1f} ms {queries[i].kind}: {queries[i].label()} ({hits[i]} hits)" for i in slowest
    ]
    figures["data_hash"] = data_hash([source])
    figures |= machine()
    return figures


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="the 3,103-article database")
    parser.add_argument("--queries", type=int, default=QUERIES)
    parser.add_argument("--passes", type=int, default=PASSES)
    args = parser.parse_args()
    print(json.dumps(run(args.quick, count=args.queries, passes=args.passes), indent=2, ensure_ascii=False))

"""Copy detection on a hand-labelled SaudiNewsNet sample (``bench/data/dedup_pairs.csv``).

The sample (ids and labels only; ``bench/data/README.md`` says how it was drawn and labelled) is
scored with ``akhbar.eval.dedup.evaluate_dedup``: the named articles are ingested into a temporary
database and copy groups found among them. The thresholds were set on this same sample.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "data" / "saudinewsnet" / "articles.jsonl.gz"
PAIRS = HERE / "data" / "dedup_pairs.csv"


def run() -> dict[str, float | int | str]:
    if not CORPUS.exists():
        return {"skipped": f"{CORPUS} not found"}
    sys.path.insert(0, str(HERE))
    from run import data_hash

    from akhbar.eval.dedup import evaluate_dedup

    started = time.perf_counter()
    scores = evaluate_dedup(PAIRS, CORPUS)
    figures: dict[str, float | int | str] = {
        key: scores[key] for key in ("precision", "recall", "f1", "pairs", "missing", "groups")
    }
    for label, row in scores["per_label"].items():
        figures[f"{label}_predicted_copy"] = row["predicted_copy"]
    figures["seconds"] = round(time.perf_counter() - started, 1)
    figures["data_hash"] = data_hash([PAIRS, CORPUS])
    return figures

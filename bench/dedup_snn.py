"""Copy detection on six of the seven hand-labelled SaudiNewsNet samples (``bench/data/dedup_pairs*.csv``).

Each sample (ids and labels only; ``bench/data/README.md`` says how it was drawn and labelled) is
scored with ``akhbar.eval.dedup.evaluate_dedup``: the named articles are ingested into a temporary
database and copy groups found among them.

- ``dedup_pairs.csv`` (sample 1): the thresholds of ``DedupOptions`` were set on it; its figures
  keep their plain names (``precision``, ``recall``, ``f1``, ``<label>_predicted_copy``) and
  ``data_hash``, so the floors pinned on them still apply.
- ``dedup_pairs2.csv`` (sample 2): drawn independently of the detector and labelled blind, scored
  blind once (P .953, R .827), then opened for tuning on 2026-12-07. Its figures keep the prefix
  ``blind2_`` (and ``blind2_data_hash``) so that their floors still apply, though it is no longer blind.
- ``dedup_pairs3.csv`` (sample 3): drawn and labelled blind before sample 2 was opened, scored blind
  once (P .9545, R .7875), then opened for tuning on 2026-12-07. Its figures keep the prefix
  ``blind3_`` (and ``blind3_data_hash``) so that their floors still apply, though it is no longer blind.
- ``dedup_pairs4.csv`` (sample 4): drawn and labelled blind before sample 3 was opened, scored blind
  once (P .984, R .700), then opened for tuning on 2026-12-07. Its figures keep the prefix ``blind4_``
  (and ``blind4_data_hash``) so that their floors still apply, though it is no longer blind.
- ``dedup_pairs5.csv`` (sample 5): drawn and labelled blind before sample 4 was opened, scored blind
  once (P 1.0, R .886 with main's detector), then opened for tuning on 2026-12-07 (branch ``h/dedup4``).
  Its figures keep the prefix ``blind5_`` (and ``blind5_data_hash``).
- ``dedup_pairs6.csv`` (sample 6): drawn and labelled blind before sample 5 was opened, scored blind
  once by the reviewer (P .9859, R .875), then opened for tuning on 2026-12-08 (branch ``h/dedup7``).
  Its figures have the prefix ``blind6_`` (and ``blind6_data_hash``).
- ``dedup_pairs7.csv`` (sample 7) is blind and deliberately not scored here: it is scored once, by hand,
  at the end of the tuning on sample 6 (``bench/data/README.md``).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "data" / "saudinewsnet" / "articles.jsonl.gz"
PAIRS = HERE / "data" / "dedup_pairs.csv"
PAIRS_BLIND = HERE / "data" / "dedup_pairs2.csv"
BLIND = "blind2_"
PAIRS_BLIND3 = HERE / "data" / "dedup_pairs3.csv"
BLIND3 = "blind3_"
PAIRS_BLIND4 = HERE / "data" / "dedup_pairs4.csv"
BLIND4 = "blind4_"
PAIRS_BLIND5 = HERE / "data" / "dedup_pairs5.csv"
BLIND5 = "blind5_"
PAIRS_BLIND6 = HERE / "data" / "dedup_pairs6.csv"
BLIND6 = "blind6_"


def _figures(scores: dict[str, Any], prefix: str, keys: tuple[str, ...]) -> dict[str, float | int | str]:
    figures: dict[str, float | int | str] = {f"{prefix}{key}": scores[key] for key in keys}
    for label, row in scores["per_label"].items():
        figures[f"{prefix}{label}_predicted_copy"] = row["predicted_copy"]
    return figures


def run() -> dict[str, float | int | str]:
    if not CORPUS.exists():
        return {"skipped": f"{CORPUS} not found"}
    sys.path.insert(0, str(HERE))
    from run import data_hash

    from akhbar.eval.dedup import evaluate_dedup

    started = time.perf_counter()
    sample1 = evaluate_dedup(PAIRS, CORPUS)
    figures = _figures(sample1, "", ("precision", "recall", "f1", "pairs", "missing", "groups"))
    samples = (
        (PAIRS_BLIND, BLIND),
        (PAIRS_BLIND3, BLIND3),
        (PAIRS_BLIND4, BLIND4),
        (PAIRS_BLIND5, BLIND5),
        (PAIRS_BLIND6, BLIND6),
    )
    for path, prefix in samples:
        figures.update(
            _figures(evaluate_dedup(path, CORPUS), prefix, ("precision", "recall", "f1", "pairs", "missing"))
        )
    figures["seconds"] = round(time.perf_counter() - started, 1)
    figures["data_hash"] = data_hash([PAIRS, CORPUS])
    figures[f"{BLIND}data_hash"] = data_hash([PAIRS_BLIND, CORPUS])
    figures[f"{BLIND3}data_hash"] = data_hash([PAIRS_BLIND3, CORPUS])
    figures[f"{BLIND4}data_hash"] = data_hash([PAIRS_BLIND4, CORPUS])
    figures[f"{BLIND5}data_hash"] = data_hash([PAIRS_BLIND5, CORPUS])
    figures[f"{BLIND6}data_hash"] = data_hash([PAIRS_BLIND6, CORPUS])
    return figures

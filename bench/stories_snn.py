"""Story clustering on a blind hand-labelled SaudiNewsNet sample (``bench/data/stories_gold.jsonl``).

The gold stories (ids and labels only; ``bench/data/README.md`` says how they were drawn, the story
definition and the doubtful decisions) and the distractors of ``bench/data/stories_distractors.txt``
are scored with ``akhbar.eval.stories.evaluate_stories``, the function ``akhbar eval stories`` runs:
the named articles are ingested into a temporary database, all of them clustered with
``build_stories`` (default options), and B³ precision, recall, F1 and the adjusted Rand index
computed over the gold articles (distractors are clustered but not scored). Nothing was tuned on
this sample; whoever does must say so in ``bench/data/README.md``.

The tuning samples (``bench/data/stories_tune.jsonl`` and ``stories_tune_distractors.txt``;
``stories_tune2.jsonl`` and ``stories_tune2_distractors.txt``; ``stories_tune3.jsonl`` and
``stories_tune3_distractors.txt``; all open to tuning) are scored the same way under keys prefixed
``tune_``, ``tune2_`` and ``tune3_``. ``bench/stories_tune.py`` scores only those.

Figures: ``bcubed_precision``, ``bcubed_recall``, ``bcubed_f1``, ``ari``, ``stories`` (gold stories),
``articles`` (gold articles scored), ``missing`` (gold ids not ingested), ``predicted_stories``
(stories formed from gold and distractor articles), ``seconds`` and ``data_hash`` (gold,
distractors and corpus).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "data" / "saudinewsnet" / "articles.jsonl.gz"
GOLD = HERE / "data" / "stories_gold.jsonl"
DISTRACTORS = HERE / "data" / "stories_distractors.txt"
TUNE = HERE / "data" / "stories_tune.jsonl"
TUNE_DISTRACTORS = HERE / "data" / "stories_tune_distractors.txt"
TUNE2 = HERE / "data" / "stories_tune2.jsonl"
TUNE2_DISTRACTORS = HERE / "data" / "stories_tune2_distractors.txt"
TUNE3 = HERE / "data" / "stories_tune3.jsonl"
TUNE3_DISTRACTORS = HERE / "data" / "stories_tune3_distractors.txt"


def run() -> dict[str, float | int | str]:
    if not CORPUS.exists():
        return {"skipped": f"{CORPUS} not found"}
    sys.path.insert(0, str(HERE))
    from run import data_hash

    from akhbar.eval.stories import evaluate_stories, read_story_gold

    started = time.perf_counter()
    scores = evaluate_stories(GOLD, CORPUS, DISTRACTORS)
    figures: dict[str, float | int | str] = {
        key: scores[key] for key in ("bcubed_precision", "bcubed_recall", "bcubed_f1", "ari")
    }
    figures["stories"] = len(read_story_gold(GOLD))
    figures["articles"] = scores["gold_articles"]
    figures["missing"] = scores["missing"]
    figures["predicted_stories"] = scores["stories"]
    for prefix, gold, distractors in (
        ("tune", TUNE, TUNE_DISTRACTORS),
        ("tune2", TUNE2, TUNE2_DISTRACTORS),
        ("tune3", TUNE3, TUNE3_DISTRACTORS),
    ):
        tune = evaluate_stories(gold, CORPUS, distractors)
        for key in ("bcubed_precision", "bcubed_recall", "bcubed_f1", "ari"):
            figures[f"{prefix}_{key}"] = tune[key]
        figures[f"{prefix}_articles"] = tune["gold_articles"]
    figures["seconds"] = round(time.perf_counter() - started, 1)
    figures["data_hash"] = data_hash(
        [
            GOLD,
            DISTRACTORS,
            TUNE,
            TUNE_DISTRACTORS,
            TUNE2,
            TUNE2_DISTRACTORS,
            TUNE3,
            TUNE3_DISTRACTORS,
            CORPUS,
        ]
    )
    return figures


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))

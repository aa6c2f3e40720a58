"""SemEval-2022 Task 8 Arabic pairs: held-out Pearson of the pair model, and its speed.

The train pairs are split by position in ``pair_id`` order: every fourth pair is held out, the model is
fitted on the rest (``fit_pair_model``) and scored on the held-out quarter. The
feature set was chosen looking at all 50 pairs, so the held-out figure is optimistic; ``cv_pearson``
is the repeated 5-fold figure on all pairs, as ``akhbar train similarity`` reports it.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAIRS = HERE.parent.parent / "shared" / "data" / "semeval2022_ar" / "train_pairs.csv"


def run() -> dict[str, float | int | str]:
    if not PAIRS.exists():
        return {"skipped": f"{PAIRS} not found"}
    sys.path.insert(0, str(HERE))
    from run import data_hash

    from akhbar.eval.similarity import describe_pairs, read_pairs
    from akhbar.stories.pair_model import fit_pair_model, pearson

    pairs = sorted(read_pairs(PAIRS), key=lambda p: p.pair_id)
    started = time.perf_counter()
    features = describe_pairs(pairs)
    seconds = time.perf_counter() - started
    gold = [p.overall or 0.0 for p in pairs]
    train = [i for i in range(len(pairs)) if i % 4 != 3]
    held = [i for i in range(len(pairs)) if i % 4 == 3]
    model = fit_pair_model([features[i] for i in train], [gold[i] for i in train])
    full = fit_pair_model(features, gold)
    texts = len({t for p in pairs for t in (p.text1, p.text2)})
    return {
        "pairs": len(pairs),
        "held_out_pairs": len(held),
        "held_out_pearson": pearson([model.predict(features[i]) for i in held], [gold[i] for i in held]),
        "cv_pearson": full.info["cv_pearson"],
        "cv_pearson_std": full.info["cv_pearson_std"],
        "texts_per_s": round(texts / seconds, 2),
        "pairs_per_s": round(len(pairs) / seconds, 2),
        "data_hash": data_hash([PAIRS]),
    }

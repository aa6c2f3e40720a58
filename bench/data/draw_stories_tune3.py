"""Draw the candidates of the THIRD story-clustering tuning sample (``stories_tune3.jsonl``).

Usage: ``python bench/data/draw_stories_tune3.py [OUT_DIR]`` (default: ``/tmp/stories_tune3_draw``).
The draw of ``draw_stories_tune.py`` (its docstring says how seeds, candidates and distractors are
chosen) with another seed, two crawl days per template, 12 covered seeds and 4 candidates per seed,
excluding the ids of both earlier tuning samples as well as the blind ones (those files are read only
for their ids). ``stories_tune3.jsonl`` was made by reading the candidates (``README.md`` gives the
story definition, the same as the blind sample's) before akhbar's clustering was run on them;
``stories_tune3_distractors.txt`` is ``distractors.txt``. Unlike the blind ``stories_gold.jsonl``,
this sample is meant to be tuned on.
"""

from __future__ import annotations

import sys
from pathlib import Path

from draw_stories_tune import main

HERE = Path(__file__).resolve().parent
TAKEN = (
    (HERE / "stories_gold.jsonl", HERE / "stories_distractors.txt"),
    (HERE / "stories_tune.jsonl", HERE / "stories_tune_distractors.txt"),
    (HERE / "stories_tune2.jsonl", HERE / "stories_tune2_distractors.txt"),
)
SEED = 20151207
DAYS_PER_TEMPLATE = 2
COVERED = 12
TOP = 4

if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/stories_tune3_draw")
    main(out, seed=SEED, taken=TAKEN, days_per_template=DAYS_PER_TEMPLATE, covered=COVERED, top=TOP)

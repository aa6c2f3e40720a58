"""Draw the candidate pairs of the seventh, blind copy-detection sample (``dedup_pairs7.csv``).

Usage: ``python bench/data/draw_dedup_pairs7.py [OUT.csv]`` (default: standard output). The draw of
``draw_dedup_pairs3.py`` (its docstring says how pairs are chosen, binned and written), with its own seed
and every article of the earlier samples excluded; the labels of ``dedup_pairs7.csv`` were then filled
in by reading both texts (``README.md`` says how).
"""

from __future__ import annotations

import sys
from pathlib import Path

from draw_dedup_pairs3 import main

HERE = Path(__file__).resolve().parent
EARLIER = (
    HERE / "dedup_pairs.csv",
    HERE / "dedup_pairs2.csv",
    HERE / "dedup_pairs3.csv",
    HERE / "dedup_pairs4.csv",
    HERE / "dedup_pairs5.csv",
    HERE / "dedup_pairs6.csv",
)
SEED = 73859

if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else None, seed=SEED, earlier=EARLIER)

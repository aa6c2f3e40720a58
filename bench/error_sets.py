"""What the error listings (``entity_errors.py``, ``quote_errors.py``) share: the sets they read and the score lines.

Only the tunable sets are here: the seeds and silver sets 1-9. Set 10 (``snn_dev10.jsonl``) is blind and is
never read by an error listing.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent.parent / "shared" / "gold" / "seeds.jsonl"
#: The tunable sets only, by the name ``--sets`` takes.
SETS = {"seeds": SEEDS} | {
    str(n): HERE / "data" / "silver" / f"snn_dev{'' if n == 1 else n}.jsonl" for n in range(1, 10)
}


def arguments(doc: str) -> argparse.Namespace:
    """``--list CAUSE`` and ``--sets``, as both listings take them."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--list", default="", help="print the items of the causes starting with this")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated: seeds,1,...,9")
    return parser.parse_args()


def print_scores(scores: Sequence[tuple[str, int, int, int]]) -> None:
    """One line per set (gold, found, matched; P, R, F1) and the total over the sets."""
    total = ("total", *(sum(column) for column in zip(*[s[1:] for s in scores], strict=True)))
    for name, gold, got, hit in [*scores, total]:
        p, r = hit / got if got else 0.0, hit / gold if gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:6} gold {gold:4} found {got:4} matched {hit:4}  P {p:.3f} R {r:.3f} F1 {f1:.3f}")

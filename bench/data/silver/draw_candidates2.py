"""Draw candidate articles for the second silver dev set (``snn_dev2.jsonl``).

Same method as ``draw_candidates.py`` (same pool: non-empty title, 150-500 words of content; same
sample size; same flags), with another fixed seed. Records already used by the first set
(``make_silver.py``) are left out of the printed list. The final choice was made by reading the
candidates; see README.md ("Second set").
"""

from __future__ import annotations

import make_silver
from silver_tools import print_candidates

SEED = 20151101


def main() -> None:
    """Print the sampled candidates not in the first set: line index, id, outlet, word count, flags, title."""
    used = {a["index"] for a in make_silver.ARTICLES}
    print_candidates(SEED, skip=lambda i, _r, _text: i in used)


if __name__ == "__main__":
    main()

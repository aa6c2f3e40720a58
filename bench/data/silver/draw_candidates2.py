"""Draw candidate articles for the second silver dev set (``snn_dev2.jsonl``).

Same method as ``draw_candidates.py`` (same pool: non-empty title, 150-500 words of content; same
sample size; same flags), with another fixed seed. Records already used by the first set
(``make_silver.py``) are left out of the printed list. The final choice was made by reading the
candidates; see README.md ("Second set").
"""

from __future__ import annotations

import gzip
import json
import random
import sys

import draw_candidates as first
import make_silver

SEED = 20151101


def main() -> None:
    """Print the sampled candidates: line index, id, outlet, word count, flags, title."""
    used = {a["index"] for a in make_silver.ARTICLES}
    with gzip.open(first.DATA, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    pool = [
        i for i, r in enumerate(records) if r["title"].strip() and 150 <= len(r["content"].split()) <= 500
    ]
    rng = random.Random(SEED)
    sample = sorted(rng.sample(pool, first.N_CANDIDATES))
    out = sys.stdout
    for i in sample:
        if i in used:
            continue
        r = records[i]
        text = r["title"] + "\n\n" + r["content"]
        flags = ",".join(k for k, rx in first.FLAGS.items() if rx.search(text))
        out.write(f"{i}\t{r['id']}\t{r['source']}\t{len(r['content'].split())}\t{flags}\t{r['title'][:90]}\n")


if __name__ == "__main__":
    main()

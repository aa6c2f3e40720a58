"""Draw candidate articles for the fifth silver dev set (``snn_dev5.jsonl``).

Same method as ``draw_candidates4.py`` (same pool: non-empty title, 150-500 words of content; same
sample size; same flags and counts), with another fixed seed. Records whose SaudiNewsNet id is
already in ``snn_dev.jsonl`` … ``snn_dev4.jsonl`` are left out of the printed list, and so is
anything about the seeds' story (Russia's security-guarantee drafts). The final choice was made by
reading the candidates; see README.md ("Fifth set").
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from pathlib import Path

import draw_candidates as first
from draw_candidates3 import COLON_SPEECH, CUES, DATELINE, QMARKS

SEED = 20170402
HERE = Path(__file__).parent
EARLIER = [HERE / f"snn_dev{k}.jsonl" for k in ("", "2", "3", "4")]
SEEDS_STORY = ("الضمانات الأمنية", "غروشكو")


def used_ids() -> set[str]:
    """SaudiNewsNet ids already used by the earlier silver sets."""
    ids = set()
    for path in EARLIER:
        with path.open(encoding="utf-8") as fh:
            ids.update(json.loads(line)["source"] for line in fh)
    return ids


def main() -> None:
    """Print the sampled candidates: index, id, outlet, words, flags, counts, title."""
    used = used_ids()
    with gzip.open(first.DATA, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    pool = [
        i for i, r in enumerate(records) if r["title"].strip() and 150 <= len(r["content"].split()) <= 500
    ]
    rng = random.Random(SEED)
    sample = sorted(rng.sample(pool, first.N_CANDIDATES))
    out = sys.stdout
    skipped = 0
    for i in sample:
        r = records[i]
        text = r["title"] + "\n\n" + r["content"]
        if r["id"] in used or any(s in text for s in SEEDS_STORY):
            skipped += 1
            continue
        flags = ",".join(k for k, rx in first.FLAGS.items() if rx.search(text))
        counts = (
            f"cues={len(CUES.findall(text))} marks={len(QMARKS.findall(text))} "
            f"colon={len(COLON_SPEECH.findall(text))} dateline={int(bool(DATELINE.search(text)))}"
        )
        out.write(
            f"{i}\t{r['id']}\t{r['source']}\t{len(r['content'].split())}\t{flags}\t{counts}\t{r['title'][:90]}\n"
        )
    print(
        f"# pool {len(pool)}, sampled {len(sample)}, left out (earlier sets, seeds' story) {skipped}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()

"""Draw candidate articles for the third silver dev set (``snn_dev3.jsonl``).

Same method as ``draw_candidates.py`` and ``draw_candidates2.py`` (same pool: non-empty title,
150-500 words of content; same sample size; same flags), with another fixed seed. Records whose
SaudiNewsNet id is already in ``snn_dev.jsonl`` or ``snn_dev2.jsonl`` are left out of the printed
list. Each candidate also gets a few counts that help pick articles rich in what is scored:
speech cues, quote marks, colon speech, a dated dateline (``... هـ الموافق ... م``). The final
choice was made by reading the candidates; see README.md ("Third set").
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from pathlib import Path

import draw_candidates as first

SEED = 20160315
HERE = Path(__file__).parent
EARLIER = [HERE / "snn_dev.jsonl", HERE / "snn_dev2.jsonl"]

CUES = re.compile(
    r"(?<![\u0621-\u064A])(?:[وف])?(?:قال|قالت|أكد|أكدت|اكد|أوضح|أوضحت|اوضح|أضاف|أضافت|اضاف|أشار|أشارت|"
    r"صرح|أعلن|أعلنت|مؤكدا|مشيرا|موضحا|مضيفا|لافتا|مبينا|بحسب|وفق|وفقا|حسب)(?![\u0621-\u064A])"
)
QMARKS = re.compile(r"[\"“«]")
COLON_SPEECH = re.compile(r"(?:قال|أضاف|تابع|أكد|أوضح)[^.\n:]{0,60}:")
DATELINE = re.compile(r"\d+\s*(?:هـ|ه)\s*الموافق|الموافق\s*\d+")


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
        if r["id"] in used:
            skipped += 1
            continue
        text = r["title"] + "\n\n" + r["content"]
        flags = ",".join(k for k, rx in first.FLAGS.items() if rx.search(text))
        counts = (
            f"cues={len(CUES.findall(text))} marks={len(QMARKS.findall(text))} "
            f"colon={len(COLON_SPEECH.findall(text))} dateline={int(bool(DATELINE.search(text)))}"
        )
        out.write(
            f"{i}\t{r['id']}\t{r['source']}\t{len(r['content'].split())}\t{flags}\t{counts}\t{r['title'][:90]}\n"
        )
    print(f"# pool {len(pool)}, sampled {len(sample)}, left out (earlier sets) {skipped}", file=sys.stderr)


if __name__ == "__main__":
    main()

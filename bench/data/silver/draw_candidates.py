"""Draw candidate articles for the silver extraction dev set (``snn_dev.jsonl``).

A fixed seed samples SaudiNewsNet records of 150-500 words; each candidate is printed with flags
that help choose by the criteria in README.md (quotes, Hijri dates, relative dates, numbers).
The final choice was made by reading the candidates; see README.md.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from pathlib import Path

DATA = Path("/work/shared/data/saudinewsnet/articles.jsonl.gz")
SEED = 20150801
N_CANDIDATES = 400

FLAGS = {
    "quote": re.compile(r"[\"“”«»]|قال|أكد|أوضح|صرح|أشار|أعلن"),
    "hijri": re.compile(
        r"\d+\s*(?:هـ|ه\b)|محرم|صفر|ربيع|جمادى|رجب|شعبان|رمضان|شوال|ذو القعدة|ذي القعدة|ذو الحجة|ذي الحجة"
    ),
    "relative": re.compile(
        r"أمس|الأسبوع الماضي|الشهر الماضي|العام الماضي|يوم (?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)"
    ),
    "number": re.compile(r"\d[\d,.]*\s*(?:مليون|مليار|ألف|%|ريال|دولار)"),
    "was": re.compile(r"\bواس\b"),
}


def main() -> None:
    """Print the sampled candidates: line index, id, outlet, word count, flags, title."""
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    pool = [
        i for i, r in enumerate(records) if r["title"].strip() and 150 <= len(r["content"].split()) <= 500
    ]
    rng = random.Random(SEED)
    sample = sorted(rng.sample(pool, N_CANDIDATES))
    out = sys.stdout
    for i in sample:
        r = records[i]
        text = r["title"] + "\n\n" + r["content"]
        flags = ",".join(k for k, rx in FLAGS.items() if rx.search(text))
        out.write(f"{i}\t{r['id']}\t{r['source']}\t{len(r['content'].split())}\t{flags}\t{r['title'][:90]}\n")


if __name__ == "__main__":
    main()

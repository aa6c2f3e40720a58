"""Ingest all of SaudiNewsNet into a fresh SQLite database: articles/s, peak memory, idempotent re-run.

Peak RSS is measured in a child process so the figure is the ingest's own, not the harness's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "data" / "saudinewsnet" / "articles.jsonl.gz"

CHILD = r"""
import json, resource, sys, time
from akhbar.api.facade import Akhbar, IngestOptions
db, corpus = sys.argv[1], sys.argv[2]
with Akhbar.open(db) as ak:
    t0 = time.perf_counter()
    first = ak.ingest([corpus], options=IngestOptions(build_stories=False, workers=0))
    t1 = time.perf_counter()
    second = ak.ingest([corpus], options=IngestOptions(build_stories=False, workers=0))
    t2 = time.perf_counter()
    stories = len(ak.rebuild_stories())
    t3 = time.perf_counter()
    stats = ak.stats()
print(json.dumps({
    "ingest_s": t1 - t0, "reingest_s": t2 - t1, "stories_s": t3 - t2,
    "ingested": first.ingested, "rejected": len(first.rejected), "copies": first.copies,
    "reingest_added": second.ingested, "reingest_duplicates": second.duplicates,
    "stories": stories, "articles": stats["articles"],
    "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def run() -> dict[str, float | int | str]:
    if not CORPUS.exists():
        return {"skipped": f"{CORPUS} not found"}
    sys.path.insert(0, str(HERE))
    from run import data_hash

    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "snn.db")
        started = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-c", CHILD, db, str(CORPUS)], capture_output=True, text=True, check=False
        )
        if proc.returncode != 0:
            return {"error": proc.stderr[-2000:]}
        out = json.loads(proc.stdout.strip().splitlines()[-1])
    return {
        "articles": out["articles"],
        "rejected": out["rejected"],
        "exact_copies": out["copies"],
        "ingest_articles_per_s": round(out["ingested"] / out["ingest_s"], 1),
        "reingest_added": out["reingest_added"],
        "reingest_s": round(out["reingest_s"], 1),
        "stories": out["stories"],
        "stories_s": round(out["stories_s"], 1),
        "peak_rss_mib": round(out["peak_rss_mib"], 1),
        "total_s": round(time.perf_counter() - started, 1),
        "data_hash": data_hash([CORPUS]),
        "cores": len(os.sched_getaffinity(0)),
    }

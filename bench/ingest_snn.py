"""Full pipeline throughput on SaudiNewsNet, against a read + normalise + tokenise pass in the same run.

One child process (so memory figures are the pipeline's own, not the harness's) does, in order:

1. ``baseline``: read every article (``akhbar.ingest.readers.read_paths``), ``normalise`` its text and
   tokenise the normalised view (``akhbar.text.tokenise.iter_tokens``): the least any ingest must do;
2. ``ingest``: ``Akhbar.ingest`` into a fresh SQLite database (cleaning, metadata, extraction, copy
   detection, search index), ``workers=0`` (one process per core), stories not built;
3. ``stories``: ``Akhbar.rebuild_stories`` (clustering, timelines, summaries);
4. ``reingest``: the same file again, which must add nothing (idempotence);
5. ``baseline`` again, so the ratio is taken against the mean of a pass before and after (the machine
   is shared and its load drifts over a run of many minutes).

``pipeline_articles_per_s`` is stored articles over ingest + stories seconds (the full pipeline, as
``akhbar ingest`` runs it); ``pipeline_to_baseline`` is that time over the baseline pass's time.
Memory is sampled every 0.25 s over the child and its worker processes (``common.MemorySampler``):
``peak_rss_mib`` is the main process, ``peak_tree_pss_mib`` the whole pipeline (workers included,
shared pages split). The database is kept in ``bench/.cache/`` for ``search_snn`` and ``api_load``.

Usage: ``python bench/run.py ingest_snn [--quick]`` or ``python bench/ingest_snn.py [--quick]``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import CACHE, corpus, data_hash, db_path, machine, manifest_path  # noqa: E402

CHILD = r"""
import json, os, resource, sys, time
sys.path.insert(0, sys.argv[3])
from common import MemorySampler
from akhbar.api.facade import Akhbar, IngestOptions
from akhbar.ingest.document import Document
from akhbar.ingest.readers import read_paths
from akhbar.text.normalise import normalise
from akhbar.text.tokenise import iter_tokens
from pathlib import Path

db, corpus = sys.argv[1], Path(sys.argv[2])

def cpu():
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)  # worker processes, once they are reaped
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime

def baseline():
    c0 = cpu()[0]
    t0 = time.perf_counter()
    docs = tokens = chars = 0
    for item in read_paths([corpus]):
        if isinstance(item, Document):
            view = normalise(item.text)
            tokens += sum(1 for _ in iter_tokens(view.text))
            chars += len(item.text)
            docs += 1
    return {"docs": docs, "tokens": tokens, "chars": chars, "s": time.perf_counter() - t0, "cpu": cpu()[0] - c0}

out = {}
with MemorySampler() as mem:
    mem.phase = "baseline"
    out["baseline1"] = baseline()
    with Akhbar.open(db) as ak:
        mem.phase = "ingest"
        c0, t0 = cpu(), time.perf_counter()
        first = ak.ingest([corpus], options=IngestOptions(build_stories=False, workers=0))
        c1, t1 = cpu(), time.perf_counter()
        mem.phase = "stories"
        stories = len(ak.rebuild_stories())
        c2, t2 = cpu(), time.perf_counter()
        mem.phase = "reingest"
        second = ak.ingest([corpus], options=IngestOptions(build_stories=False, workers=0))
        t3 = time.perf_counter()
        stats = ak.stats()
    mem.phase = "baseline"
    out["baseline2"] = baseline()
out |= {
    "ingest_s": t1 - t0, "stories_s": t2 - t1, "reingest_s": t3 - t2,
    "ingest_cpu_main": c1[0] - c0[0], "ingest_cpu_workers": c1[1] - c0[1], "stories_cpu": c2[0] - c1[0],
    "seen": first.seen, "ingested": first.ingested, "rejected": len(first.rejected), "copies": first.copies,
    "reingest_added": second.ingested, "reingest_duplicates": second.duplicates,
    "stories": stories, "articles": stats["articles"], "spans": stats["spans"],
    "ru_maxrss_self_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "ru_maxrss_children_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    "memory": mem.peaks,
}
print(json.dumps(out))
"""


def build_db(quick: bool = False) -> dict[str, Any]:
    """Ingest the corpus into a fresh database, measuring; keep it as ``common.db_path(quick)``."""
    source = corpus(quick)
    if not source.exists():
        return {"skipped": f"{source} not found"}
    CACHE.mkdir(exist_ok=True)
    final = db_path(quick)
    tmp = final.with_name(final.stem + ".building.db")
    for path in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        path.unlink(missing_ok=True)
    load_before = machine()["loadavg"]
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp), str(source), str(HERE)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        return {"error": proc.stderr[-3000:]}
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    final.with_suffix(".raw.json").write_text(json.dumps(out, indent=2) + "\n")  # the child's own figures
    manifest_path(final).unlink(missing_ok=True)
    tmp.replace(final)
    figures = _figures(out, quick)
    figures["total_s"] = round(time.perf_counter() - started, 1)
    figures["db"] = str(final)
    figures["loadavg_before"] = load_before
    figures |= machine()
    manifest_path(final).write_text(
        json.dumps({"data_hash": figures["data_hash"], "corpus": str(source), **figures}, indent=2) + "\n"
    )
    return figures


def _figures(out: dict[str, Any], quick: bool) -> dict[str, Any]:
    b1, b2 = out["baseline1"], out["baseline2"]
    baseline_s = (b1["s"] + b2["s"]) / 2
    pipeline_s = out["ingest_s"] + out["stories_s"]
    memory = out["memory"]

    def peak(key: str, phases: tuple[str, ...]) -> float:
        return round(max((memory[p][key] for p in phases if p in memory), default=0.0), 1)

    work = ("ingest", "stories", "reingest")
    cores = machine()["cores"]
    baseline_cpu = (b1["cpu"] + b2["cpu"]) / 2
    ingest_cpu = out["ingest_cpu_main"] + out["ingest_cpu_workers"]
    pipeline_cpu = ingest_cpu + out["stories_cpu"]
    # on dedicated cores: the workers' and the main process's CPU seconds spread over the cores (but
    # never faster than the main process alone), then the stories, which run in one process
    dedicated_s = max(ingest_cpu / cores, out["ingest_cpu_main"]) + out["stories_cpu"]
    return {
        "quick": quick,
        "articles": out["articles"],
        "rejected": out["rejected"],
        "exact_copies": out["copies"],
        "baseline_articles_per_s": round(b1["docs"] / baseline_s, 1),
        "baseline_s": [round(b1["s"], 1), round(b2["s"], 1)],
        "baseline_tokens": b1["tokens"],
        "ingest_s": round(out["ingest_s"], 1),
        "ingest_articles_per_s": round(out["ingested"] / out["ingest_s"], 1),
        "stories": out["stories"],
        "stories_s": round(out["stories_s"], 1),
        "stories_articles_per_s": round(out["articles"] / out["stories_s"], 1),
        "pipeline_articles_per_s": round(out["ingested"] / pipeline_s, 1),
        "pipeline_to_baseline": round(pipeline_s / baseline_s, 1),
        "ingest_to_baseline": round(out["ingest_s"] / baseline_s, 1),
        "baseline_cpu_s": round(baseline_cpu, 1),
        "ingest_cpu_main_s": round(out["ingest_cpu_main"], 1),
        "ingest_cpu_workers_s": round(out["ingest_cpu_workers"], 1),
        "stories_cpu_s": round(out["stories_cpu"], 1),
        "pipeline_cpu_to_baseline_cpu": round(pipeline_cpu / baseline_cpu, 1),
        "pipeline_articles_per_cpu_s": round(out["ingested"] / pipeline_cpu, 1),
        "pipeline_articles_per_s_dedicated": round(out["ingested"] / dedicated_s, 1),
        "cpu_share_of_wall": round(pipeline_cpu / (cores * pipeline_s), 2),
        "reingest_added": out["reingest_added"],
        "reingest_s": round(out["reingest_s"], 1),
        "peak_rss_mib": peak("rss", work),
        "peak_rss_ingest_mib": peak("rss", ("ingest",)),
        "peak_rss_stories_mib": peak("rss", ("stories",)),
        "peak_tree_pss_mib": peak("tree_pss", work),
        "peak_tree_rss_mib": peak("tree_rss", work),
        "peak_worker_rss_mib": round(out["ru_maxrss_children_mib"], 1),
        "data_hash": data_hash([corpus(quick)]),
    }


def run(quick: bool = False) -> dict[str, Any]:
    return build_db(quick)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="every 10th article (3,103) instead of 31,030")
    print(json.dumps(run(quick=parser.parse_args().quick), indent=2, ensure_ascii=False))

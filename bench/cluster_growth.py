"""Story clustering cost as the corpus grows: ms per article at 31k real vs 310k synthetic articles.

The clustering inputs of the SaudiNewsNet database (``ingest_snn``'s, in ``bench/.cache/``) are made
as ``Akhbar.rebuild_stories`` makes them: ``Store.iter_articles(layers=CLUSTER_LAYERS)`` streamed
through one ``Profiler`` (online IDF), as ``group_articles`` does; then ``cluster_profiles``. The
small corpus is those 31k profiles. The large one is ``COPIES`` (10) copies of them, never run through
extraction: the last copy is the real corpus unchanged, and each earlier copy is perturbed so that
its articles are other stories, not duplicates:

- every date (arrival day and anchors) of copy ``k`` moves ``COPIES - 1 - k`` corpus time spans
  earlier, so the copies follow one another over ten times the span (22 days → 220);
- about a quarter of its terms and of its specific names (IDF >= 3) are renamed to copy-``k``
  variants (new words and new people, so the vocabulary and the index grow as in a larger corpus),
  every term weight is scaled by a random factor in [0.8, 1.25] and the vector made unit again.

So the last 10% of both streams are the same real articles in the same 10-day window; what differs
is everything clustered before them (nine corpora more of stories, index postings and memory), which
is exactly the growth measured: ``growth_last10`` is the ratio of their cost per article.

Copies are made on access (``_Synthetic.__getitem__``), so the benchmark holds only the 31k real
profiles; the clustering keeps what it keeps (stories, centroids, index). The time spent making copies
is measured and subtracted. ``cluster_profiles`` reads every profile once to sort the stream (by day)
and once more to cluster it, in order; the benchmark stamps the clock on those second reads every 1%
of the stream (and checks that the reads came in that pattern). Times are CPU seconds of the process
(``time.process_time``; the clustering is one thread), which the other jobs of a shared machine
disturb far less than wall time. Each size runs in its own process (peak RSS is that size's),
``repeats`` (3) times for 31k and ``large_repeats`` (3) times for 310k; figures are medians. A run stops
if the machine runs short of memory (``MIN_AVAILABLE``).

Usage: ``python bench/run.py cluster_growth [--quick]`` or
``python bench/cluster_growth.py [--quick] [--copies 10] [--repeats 3] [--large-repeats 1]``.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import pickle
import random
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import CACHE, corpus, data_hash, machine, median, snn_db  # noqa: E402

SEED = 20150721
COPIES = 10
RENAME = 0.25
SPECIFIC_IDF = 3.0
REPEATS = 3
LARGE_REPEATS = 3  # a 310k run takes 5-10 CPU minutes
MARKS = 100  # clock stamps over the stream
MIN_AVAILABLE = 2 << 30  # bytes of machine memory the run leaves to others


class _Synthetic(Sequence[Any]):
    """``copies`` × the base profiles, copy ``k`` of profile ``j`` at index ``k * n + j``, made on access.

    Records the clock at every ``len / MARKS`` reads after the first ``len`` reads (the sort), less
    the time spent making copies, so the clustering loop's own cost can be read off per stretch.
    """

    def __init__(self, base: Sequence[Any], copies: int, span_days: int) -> None:
        self.base = base
        self.copies = copies
        self.span_days = span_days
        self.n = len(base)
        self.reads = 0
        self.making = 0.0
        self.stamps: list[tuple[int, float]] = []
        self.step = max(len(self) // MARKS, 1)

    def __len__(self) -> int:
        return self.n * self.copies

    def __getitem__(self, i: Any) -> Any:
        if not isinstance(i, int):
            raise TypeError("index by int only")
        started = time.process_time()
        copy, j = divmod(i, self.n)
        last = self.copies - 1
        profile = self.base[j] if copy == last else perturb(self.base[j], copy - last, i, self.span_days)
        done = time.process_time()
        self.making += done - started
        self.reads += 1
        loop_reads = self.reads - len(self)
        if loop_reads > 0 and (loop_reads % self.step == 0 or loop_reads == 1):
            self.stamps.append((loop_reads, done - self.making))
        return profile


def perturb(profile: Any, offset: int, index: int, span_days: int) -> Any:
    """A copy of ``profile`` ``offset`` (< 0) corpus spans earlier, with some terms and names renamed."""
    from akhbar.stories.similarity import Profile

    rng = random.Random(SEED * 1_000_003 + index)
    tag = f"~{-offset}"
    # renamed keys are interned, as term keys are shared in a real corpus (``term_key`` is cached)
    words = {
        (sys.intern(t + tag) if rng.random() < RENAME else t): w * rng.uniform(0.8, 1.25)
        for t, w in profile.words.items()
    }
    norm = math.sqrt(sum(w * w for w in words.values())) or 1.0
    words = {t: w / norm for t, w in words.items()}
    names = {
        (sys.intern(k + tag) if w >= SPECIFIC_IDF and rng.random() < RENAME else k): w
        for k, w in profile.names.items()
    }
    shift = timedelta(days=offset * span_days)
    dates = frozenset(d + shift for d in profile.dates)
    lead = {(sys.intern(t + tag) if rng.random() < RENAME else t): w for t, w in profile.lead.items()}
    return Profile(words, names, dates, profile.day + shift if profile.day else None, lead=lead)


def base_profiles(db: Path) -> Path:
    """Profile every stored article as ``rebuild_stories`` does; pickled once per database file."""
    stat = db.stat()
    out = CACHE / f"{db.stem}.profiles-lead-{stat.st_size}-{int(stat.st_mtime)}.pkl"
    if out.exists():
        return out
    from akhbar.api.facade import Akhbar
    from akhbar.stories import CLUSTER_LAYERS
    from akhbar.stories.similarity import Profiler

    for old in CACHE.glob(f"{db.stem}.profiles-*.pkl"):
        old.unlink()
    with Akhbar.open(str(db)) as ak:
        make = Profiler()
        profiles = [make(a) for a in ak.store.iter_articles(layers=CLUSTER_LAYERS)]
    tmp = out.with_suffix(".tmp")
    with tmp.open("wb") as f:
        pickle.dump(profiles, f, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(out)
    return out


def span_of(profiles: Sequence[Any]) -> int:
    days = [p.day for p in profiles if p.day]
    return (max(days) - min(days)).days + 1 if days else 1


def measure(profiles_file: Path, copies: int) -> dict[str, Any]:
    """Cluster ``copies`` × the base profiles once (in this process); cost per stretch of the stream."""
    from akhbar.stories.cluster import cluster_profiles

    with profiles_file.open("rb") as f:
        base = pickle.load(f)
    synthetic = _Synthetic(base, copies, span_of(base))
    gc_spent = [0.0]
    gc_started = [0.0]

    def on_gc(phase: str, _info: Mapping[str, Any]) -> None:
        if phase == "start":
            gc_started[0] = time.process_time()
        else:
            gc_spent[0] += time.process_time() - gc_started[0]

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    guard = threading.Thread(target=_memory_guard, daemon=True)
    guard.start()
    gc.callbacks.append(on_gc)
    started = time.process_time()
    wall = time.perf_counter()
    stories = cluster_profiles(synthetic)
    total = time.process_time() - started
    wall = time.perf_counter() - wall
    gc.callbacks.remove(on_gc)
    n = len(synthetic)
    if synthetic.reads != 2 * n:
        return {"error": f"cluster_profiles read {synthetic.reads} profiles, not 2 × {n}: stamps unusable"}
    stamps = dict(synthetic.stamps)

    def ms_per_article(lo: float, hi: float) -> float:
        a = max(int(lo * n), 1) if lo else 1
        b = int(hi * n)
        a = min(stamps, key=lambda r: abs(r - a))
        b = min(stamps, key=lambda r: abs(r - b))
        return (stamps[b] - stamps[a]) * 1000 / max(b - a, 1)

    return {
        "articles": n,
        "stories": len(stories),
        "ms_per_article_last10": ms_per_article(0.9, 1.0),
        "ms_per_article_first10": ms_per_article(0.0, 0.1),
        "ms_per_article_all": (total - synthetic.making) * 1000 / n,
        "ms_per_article_by_decile": [round(ms_per_article(d / 10, (d + 1) / 10), 3) for d in range(10)],
        "cluster_s": total - synthetic.making,
        "wall_s": wall,
        "making_s": synthetic.making,
        "gc_s": gc_spent[0],
        "base_rss_mib": rss_before,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _memory_guard() -> None:
    """Stop the run before it takes the shared machine's last memory (the clustering state is O(N))."""
    while True:
        if psutil.virtual_memory().available < MIN_AVAILABLE:
            rss = psutil.Process().memory_info().rss >> 20
            print(f"stopped: machine memory nearly exhausted (this process at {rss} MiB)", file=sys.stderr)
            os._exit(3)
        time.sleep(0.5)


def _child(profiles_file: Path, copies: int) -> dict[str, Any]:
    proc = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            "--child",
            str(profiles_file),
            "--copies",
            str(copies),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        return {"error": proc.stderr[-3000:]}
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def run(
    quick: bool = False, *, copies: int = COPIES, repeats: int = REPEATS, large_repeats: int = LARGE_REPEATS
) -> dict[str, Any]:
    source = corpus(quick)
    if not source.exists():
        return {"skipped": f"{source} not found"}
    db = snn_db(quick)
    started = time.perf_counter()
    profiles_file = base_profiles(db)
    profile_s = time.perf_counter() - started
    small = [_child(profiles_file, 1) for _ in range(repeats)]
    large = [_child(profiles_file, copies) for _ in range(large_repeats)]
    for result in small + large:
        if "error" in result:
            return {"error": result["error"]}

    def med(runs: list[dict[str, Any]], key: str, digits: int = 3) -> float:
        return round(median([r[key] for r in runs]), digits)

    n_small, n_large = small[0]["articles"], large[0]["articles"]
    last_small = med(small, "ms_per_article_last10")
    last_large = med(large, "ms_per_article_last10")
    figures: dict[str, Any] = {
        "quick": quick,
        "db": str(db),
        "articles_small": n_small,
        "articles_large": n_large,
        "stories_small": small[0]["stories"],
        "stories_large": large[0]["stories"],
        "repeats": [repeats, large_repeats],
        "ms_per_article_last10_small": last_small,
        "ms_per_article_last10_large": last_large,
        "growth_last10": round(last_large / last_small, 3) if last_small else float("nan"),
        "ms_per_article_last10_small_runs": [round(r["ms_per_article_last10"], 3) for r in small],
        "ms_per_article_last10_large_runs": [round(r["ms_per_article_last10"], 3) for r in large],
        "ms_per_article_all_small": med(small, "ms_per_article_all"),
        "ms_per_article_all_large": med(large, "ms_per_article_all"),
        "growth_all": round(med(large, "ms_per_article_all") / med(small, "ms_per_article_all"), 3),
        "deciles_ms_small": [
            round(median(d), 3) for d in zip(*(r["ms_per_article_by_decile"] for r in small), strict=True)
        ],
        "deciles_ms_large": [
            round(median(d), 3) for d in zip(*(r["ms_per_article_by_decile"] for r in large), strict=True)
        ],
        "cluster_s_small": med(small, "cluster_s", 1),
        "cluster_s_large": med(large, "cluster_s", 1),
        "cluster_wall_s_large": med(large, "wall_s", 1),
        "gc_share_small": round(med(small, "gc_s") / med(small, "cluster_s"), 3),
        "gc_share_large": round(med(large, "gc_s") / med(large, "cluster_s"), 3),
        "peak_rss_small_mib": med(small, "peak_rss_mib", 1),
        "peak_rss_large_mib": med(large, "peak_rss_mib", 1),
        "profiles_rss_mib": med(small, "base_rss_mib", 1),
        "profile_s": round(profile_s, 1),
        "data_hash": data_hash([source]),
    }
    return figures | machine()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="the 3,103-article database (3k vs 31k)")
    parser.add_argument("--copies", type=int, default=COPIES)
    parser.add_argument("--repeats", type=int, default=REPEATS, help="runs of the small corpus")
    parser.add_argument("--large-repeats", type=int, default=LARGE_REPEATS, help="runs of the large corpus")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.copies)))
        return
    print(
        json.dumps(
            run(args.quick, copies=args.copies, repeats=args.repeats, large_repeats=args.large_repeats),
            indent=2,
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()

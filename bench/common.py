"""What the SaudiNewsNet speed benchmarks share: the corpus, the cached database, memory sampling, load.

- ``corpus(quick)``: the full SaudiNewsNet file, or (``quick``) every 10th article of it written once
  to ``bench/.cache/snn-quick.jsonl.gz`` (3,103 articles over the whole date range);
- ``snn_db(quick)``: the SQLite database ``ingest_snn`` builds and keeps in ``bench/.cache/`` (articles
  and stories), so ``search_snn`` and ``api_load`` reuse it instead of ingesting again. A database whose
  manifest names other data is rebuilt (the slow part: several minutes for the full corpus);
- ``MemorySampler``: peak RSS and PSS of a process and all its children, sampled in a thread;
- ``machine()``: cores and ``os.getloadavg()``, stored with every result (the machine is shared).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import psutil

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
FULL_CORPUS = SHARED / "data" / "saudinewsnet" / "articles.jsonl.gz"
CACHE = HERE / ".cache"
QUICK_EVERY = 10


def data_hash(paths: Sequence[Path]) -> str:
    """A short hash of the data files a figure was measured on (size + first MiB), to pin floors to data."""
    h = hashlib.sha1()
    for path in paths:
        if path.exists():
            h.update(str(path.stat().st_size).encode())
            with path.open("rb") as f:
                h.update(f.read(1 << 20))
    return h.hexdigest()[:12]


def corpus(quick: bool = False) -> Path:
    """The SaudiNewsNet file the benchmarks read: all of it, or every ``QUICK_EVERY``-th article."""
    if not quick:
        return FULL_CORPUS
    path = CACHE / "snn-quick.jsonl.gz"
    if not path.exists() and FULL_CORPUS.exists():
        CACHE.mkdir(exist_ok=True)
        tmp = path.with_suffix(".tmp")
        # mtime=0: the same bytes every time, so the quick corpus hashes the same on every machine
        with (
            gzip.open(FULL_CORPUS, "rt", encoding="utf-8") as src,
            tmp.open("wb") as raw,
            gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz,
        ):
            for i, line in enumerate(src):
                if i % QUICK_EVERY == 0:
                    gz.write(line.encode("utf-8"))
        tmp.replace(path)
    return path


def db_path(quick: bool = False) -> Path:
    return CACHE / ("snn-quick.db" if quick else "snn.db")


def manifest_path(db: Path) -> Path:
    return db.with_suffix(".json")


def cached_db(quick: bool = False) -> Path | None:
    """The kept SaudiNewsNet database when it exists and was built from the current corpus file."""
    db = db_path(quick)
    source = corpus(quick)
    try:
        manifest = json.loads(manifest_path(db).read_text())
    except (OSError, ValueError):
        return None
    if db.exists() and manifest.get("data_hash") == data_hash([source]):
        return db
    return None


def snn_db(quick: bool = False, *, log: Callable[[str], None] = print) -> Path:
    """The kept SaudiNewsNet database with stories, built by ``ingest_snn`` when missing or stale."""
    found = cached_db(quick)
    if found is not None:
        return found
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_ingest_snn", HERE / "ingest_snn.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    log(f"no current {db_path(quick)}: building it with ingest_snn (several minutes for the full corpus)")
    module.build_db(quick)
    found = cached_db(quick)
    if found is None:
        raise RuntimeError(f"ingest_snn did not leave {db_path(quick)} behind")
    return found


def machine() -> dict[str, Any]:
    """Cores available and the load averages (1, 5, 15 min): the machine is shared, so every result keeps them."""
    return {
        "cores": len(os.sched_getaffinity(0)),
        "loadavg": [round(x, 2) for x in os.getloadavg()],
    }


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) by linear interpolation between closest ranks."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


class MemorySampler:
    """Peak memory of process ``pid`` and its descendants, sampled every ``interval`` seconds.

    Three peaks, in MiB: ``rss`` of the process alone, ``tree_rss`` (the sum over the process and its
    children; shared pages of forked workers count more than once, so it overstates) and ``tree_pss``
    (the sum of proportional set sizes: shared pages split between their users, the honest total).
    ``phase`` labels the samples, so each phase gets its own peaks.
    """

    def __init__(self, pid: int | None = None, interval: float = 0.25) -> None:
        self.process = psutil.Process(pid or os.getpid())
        self.interval = interval
        self.phase = "start"
        self.peaks: dict[str, dict[str, float]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def sample(self) -> None:
        try:
            procs = [self.process, *self.process.children(recursive=True)]
        except psutil.Error:
            return
        own = rss = pss = 0.0
        for proc in procs:
            try:
                info = proc.memory_full_info()
            except psutil.Error:
                continue
            if proc.pid == self.process.pid:
                own = info.rss
            rss += info.rss
            pss += getattr(info, "pss", info.rss)
        peak = self.peaks.setdefault(self.phase, {"rss": 0.0, "tree_rss": 0.0, "tree_pss": 0.0})
        mib = 1 << 20
        peak["rss"] = max(peak["rss"], own / mib)
        peak["tree_rss"] = max(peak["tree_rss"], rss / mib)
        peak["tree_pss"] = max(peak["tree_pss"], pss / mib)

    def peak(self, key: str, phases: Sequence[str] | None = None) -> float:
        """The largest ``key`` peak over ``phases`` (all by default), rounded to 0.1 MiB."""
        values = [p[key] for name, p in self.peaks.items() if phases is None or name in phases]
        return round(max(values, default=0.0), 1)


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - started

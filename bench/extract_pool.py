"""The 2-core figure of ``extract_seeds``: the same extraction over the same articles in a process pool.

Issue #5 asks for extraction speed on 2 cores, so the timed articles are split into chunks and handed
to a pool of one worker per available core. Workers start with ``spawn`` (no state inherited from the
parent, so the figure also holds where ``fork`` is not the default), each loads the NER model and warms
its caches on the same warm-up articles as the one-process run, then waits at a barrier; the clock
starts when every worker is ready. Starting up (process start, imports, model load and the warm-up
articles) is reported separately (``startup_s``) and both ways (tokens/s with and without it). Each worker keeps its own entity index, as ``akhbar ingest`` workers
do; a chunk returns only its span count and the CPU seconds its extraction took, so sending results
back is not part of the figure (sending the articles to the workers is). On a loaded shared machine
the wall-clock figure mostly measures the load: ``tokens_per_cpu_s`` (the workers' extraction CPU
time) and ``tokens_per_s_dedicated`` (the same CPU seconds spread over the workers, as on idle cores)
are the steady ones.

Kept in its own module so that spawned workers can import the worker functions by name.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import time
from typing import TYPE_CHECKING, Any

from akhbar.extract.pipeline import Extractor

if TYPE_CHECKING:
    from multiprocessing.synchronize import Barrier

    from akhbar.model import Article

CHUNK = 20  # articles per task: small enough to balance two workers, large enough to amortise pickling

_EXTRACTOR: list[Extractor] = []  # the worker's extractor, set once by its initializer


def cores() -> int:
    """Cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _init(barrier: Barrier, warm: list[Article]) -> None:
    extractor = Extractor.load()
    for article in warm:
        extractor(article)
    _EXTRACTOR.append(extractor)
    barrier.wait()


def _extract(chunk: list[Article]) -> tuple[int, float]:
    extractor = _EXTRACTOR[0]
    started = time.process_time()
    spans = sum(sum(map(len, extractor(article).layers.values())) for article in chunk)
    return spans, time.process_time() - started


def pooled_speed(warm: list[Article], timed: list[Article], tokens: int) -> dict[str, Any]:
    """Tokens/s of extracting ``timed`` in a spawn pool of one worker per core (``tokens`` in all)."""
    workers = cores()
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(workers + 1)
    chunks = [timed[i : i + CHUNK] for i in range(0, len(timed), CHUNK)]
    load_before = [round(x, 2) for x in os.getloadavg()]
    started = time.perf_counter()
    with ctx.Pool(workers, initializer=_init, initargs=(barrier, warm)) as pool:
        barrier.wait()  # every worker has loaded the model and run the warm-up articles
        ready = time.perf_counter()
        results = list(pool.imap_unordered(_extract, chunks))
        done = time.perf_counter()
    seconds, startup = done - ready, ready - started
    cpu = sum(c for _, c in results)
    return {
        "extract_2proc_workers": workers,
        "extract_2proc_s": round(seconds, 1),
        "extract_2proc_startup_s": round(startup, 1),
        "extract_2proc_tokens_per_s": round(tokens / seconds),
        "extract_2proc_tokens_per_s_with_startup": round(tokens / (seconds + startup)),
        "extract_2proc_articles_per_s": round(len(timed) / seconds, 1),
        "extract_2proc_cpu_s": round(cpu, 1),
        "extract_2proc_tokens_per_cpu_s": round(tokens / cpu),
        "extract_2proc_tokens_per_s_dedicated": round(tokens * workers / cpu),
        "extract_2proc_spans": sum(n for n, _ in results),
        "extract_2proc_loadavg_before": load_before,
        "extract_2proc_loadavg_after": [round(x, 2) for x in os.getloadavg()],
    }

"""API load test: 100 concurrent clients for 60 s against ``akhbar serve`` on 127.0.0.1, over SaudiNewsNet.

The server is ``python -m akhbar serve --workers 2`` in a subprocess on a free port, with
``AKHBAR_DB`` set to the SaudiNewsNet database ``ingest_snn`` keeps in ``bench/.cache/`` (the 3,103
article one with ``--quick``, or when the full one has not been built: the output says which).

Workers: ``--workers`` (default 2) server processes. The routes are plain ``def`` functions, which
FastAPI runs in a thread pool, so one process is bound by its GIL to about one core; two use both
cores of the reference machine (the load generator shares them; ``client_cpu_share`` says how much
it took). The server runs as users run it: with its response cache (``server/cache.py``), which
serves a repeated read from memory until the next write; ``cache_hit_share`` is the share of
requests it answered, and ``--no-cache`` (``AKHBAR_CACHE_MB=0``) measures every request rendered.
``akhbar serve`` binds the workers' socket itself with ``IPPROTO_TCP`` so responses are not held
~40 ms by Nagle and delayed ACKs (uvicorn's own binding hits Kludex/uvicorn#3149).

The clients (asyncio tasks, each with its own keep-alive connection spoken over raw asyncio streams:
``_Connection``) loop for
``--seconds``, each picking its next request at random (own seed) from a mix that follows a reader:

====================  ======  ===========================================================
request               share   what
====================  ======  ===========================================================
``/api/stories``        10%    a page of 20 stories at a random offset in the first 500
``/api/stories/{id}``   15%    a story: half among the 100 largest, half any
``/api/articles/{id}``  20%    an article with every span layer
``/api/search?q=``      20%    a query of ``search_snn``'s set (limit 20)
``/``                    5%    the stories page (HTML)
``/stories/{id}``       10%    a story page (HTML: every member article is loaded)
``/articles/{id}``      15%    an article page (HTML)
``/search?q=``           5%    a search page (HTML)
====================  ======  ===========================================================

First each kind of request is sent 15 times alone (``<kind>_alone_ms``, the median: what it costs
without queueing); then a 3-second warm-up at full concurrency, not counted. Latency is measured by the client, from
sending to the last byte; a response that is not 2xx, a timeout (30 s) or a connection error is an
error, counted by status. Peak memory of the server processes is sampled (``common.MemorySampler``).

Usage: ``python bench/run.py api_load [--quick]`` or
``python bench/api_load.py [--quick] [--seconds 60] [--clients 100] [--workers 2]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import (  # noqa: E402
    CACHE,
    MemorySampler,
    cached_db,
    corpus,
    data_hash,
    machine,
    percentile,
    snn_db,
)

SEED = 20150721
SECONDS = 60
CLIENTS = 100
WORKERS = 2
WARMUP = 3.0
TIMEOUT = 30.0
SERVICE_REQUESTS = 15  # per kind, one at a time, before the load
MIX = {
    "api_stories": 0.10,
    "api_story": 0.15,
    "api_article": 0.20,
    "api_search": 0.20,
    "page_index": 0.05,
    "page_story": 0.10,
    "page_article": 0.15,
    "page_search": 0.05,
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def targets(db: Path, seed: int = SEED) -> dict[str, list[str]]:
    """Story ids, article ids and queries to request, drawn from the database with a fixed seed."""
    from search_snn import make_queries

    from akhbar.api.facade import Akhbar

    rng = random.Random(seed)
    with Akhbar.open(str(db)) as ak:
        total = ak.stats()
        top = [s.id for s in ak.stories(limit=100)]
        offsets = rng.sample(range(max(total["stories"] - 50, 1)), min(10, max(total["stories"] // 50, 1)))
        anywhere = [s.id for off in offsets for s in ak.stories(limit=50, offset=off)]
        offsets = rng.sample(range(max(total["articles"] - 50, 1)), min(20, max(total["articles"] // 50, 1)))
        articles = [a.id for off in offsets for a in ak.articles(limit=50, offset=off, with_spans=False)]
        queries = [q.q for q in make_queries(ak, 200, seed) if q.kind != "filtered"]
    return {"top_stories": top, "stories": anywhere, "articles": articles, "queries": queries}


def next_request(rng: random.Random, pool: dict[str, list[str]]) -> tuple[str, str]:
    kind = rng.choices(list(MIX), weights=list(MIX.values()))[0]
    if kind in ("api_story", "page_story"):
        sid = rng.choice(pool["top_stories"] if rng.random() < 0.5 else pool["stories"])
        return kind, (f"/api/stories/{sid}" if kind == "api_story" else f"/stories/{sid}")
    if kind in ("api_article", "page_article"):
        aid = quote(rng.choice(pool["articles"]), safe="")
        return kind, (f"/api/articles/{aid}" if kind == "api_article" else f"/articles/{aid}")
    if kind in ("api_search", "page_search"):
        q = quote(rng.choice(pool["queries"]))
        return kind, (f"/api/search?q={q}&limit=20" if kind == "api_search" else f"/search?q={q}")
    if kind == "api_stories":
        return kind, f"/api/stories?limit=20&offset={rng.randrange(0, 500, 20)}"
    return kind, "/"


class _Connection:
    """One client's keep-alive HTTP/1.1 connection, spoken directly over asyncio streams.

    The load generator shares the 2 cores with the server: httpx spent ~3-6 ms of CPU per request
    (half the machine at 300 req/s), so the server was measured against a client that starved it.
    This speaks just enough HTTP/1.1 (GET, ``Content-Length`` or chunked bodies) at a few tenths of
    a millisecond per request. A connection the server closed is reopened and the request retried
    once, as a browser does; a second failure counts as an error.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, dict[str, str], int]:
        """``(status, headers, body length)``; raises ``OSError`` or ``asyncio.IncompleteReadError``."""
        for attempt in (1, 2):
            try:
                if self.writer is None:
                    self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
                return await self._get(path)
            except (OSError, asyncio.IncompleteReadError):
                self.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    async def _get(self, path: str) -> tuple[int, dict[str, str], int]:
        assert self.reader is not None and self.writer is not None
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
        if "content-length" in headers:
            size = int(headers["content-length"])
            await self.reader.readexactly(size)
        else:  # chunked
            size = 0
            while (chunk := int((await self.reader.readuntil(b"\r\n")).strip(), 16)) > 0:
                await self.reader.readexactly(chunk + 2)
                size += chunk
            await self.reader.readuntil(b"\r\n")
        if headers.get("connection", "").lower() == "close":
            self.close()
        return status, headers, size

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def _load(
    base: str, pool: dict[str, list[str]], clients: int, seconds: float, warmup: float
) -> tuple[list[tuple[str, float, str, float]], Counter[str]]:
    """Run the clients; ``(kind, ms, status, sent_at)`` per request, and how many the cache served."""
    host, port = base.removeprefix("http://").split(":")
    records: list[tuple[str, float, str, float]] = []
    served: Counter[str] = Counter()
    start = time.perf_counter()
    end = start + warmup + seconds

    async def one(index: int) -> None:
        rng = random.Random(SEED * 1000 + index)
        conn = _Connection(host, int(port))
        while (now := time.perf_counter()) < end:
            kind, path = next_request(rng, pool)
            try:
                code, headers, _ = await asyncio.wait_for(conn.get(path), TIMEOUT)
                status = str(code)
                served[headers.get("x-akhbar-cache", "uncached")] += 1
            except TimeoutError:
                status = "timeout"
                conn.close()
            except (OSError, asyncio.IncompleteReadError) as exc:
                status = type(exc).__name__
            records.append((kind, (time.perf_counter() - now) * 1000, status, now - start))
        conn.close()

    await asyncio.gather(*(one(i) for i in range(clients)))
    return records, served


def service_times(
    base: str, pool: dict[str, list[str]], per_kind: int = SERVICE_REQUESTS
) -> dict[str, float]:
    """Median ms of each kind of request sent one at a time (no queueing): what each costs the server."""
    rng = random.Random(SEED)
    out: dict[str, float] = {}
    with httpx.Client(base_url=base, timeout=TIMEOUT) as client:
        for kind in MIX:
            took: list[float] = []
            while len(took) < per_kind:
                picked, path = next_request(rng, pool)
                if picked != kind:
                    continue
                started = time.perf_counter()
                client.get(path)
                took.append((time.perf_counter() - started) * 1000)
            out[kind] = round(percentile(took, 50), 1)
    return out


def _tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by process ``pid`` and its live children."""
    total = 0.0
    root = psutil.Process(pid)
    for proc in [root, *root.children(recursive=True)]:
        try:
            times = proc.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


def _wait_ready(base: str, server: subprocess.Popen[bytes], limit: float = 120.0) -> None:
    deadline = time.perf_counter() + limit
    while time.perf_counter() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"uvicorn exited with {server.returncode}")
        try:
            if httpx.get(base + "/api/stats", timeout=5.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"uvicorn did not answer on {base} within {limit:.0f} s")


def run(
    quick: bool = False,
    *,
    seconds: float = SECONDS,
    clients: int = CLIENTS,
    workers: int = WORKERS,
    cache: bool = True,
) -> dict[str, Any]:
    source = corpus(quick)
    if not source.exists():
        return {"skipped": f"{source} not found"}
    note = ""
    if not quick and cached_db(False) is None:
        quick, source = True, corpus(True)
        note = "the full SaudiNewsNet database is not built (run ingest_snn): used the 3,103-article one"
    db = snn_db(quick)
    pool = targets(db)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = os.environ | {"AKHBAR_DB": str(db)}
    env.pop("AKHBAR_TOKEN", None)
    if not cache:
        env["AKHBAR_CACHE_MB"] = "0"
    command = [
        *(sys.executable, "-m", "akhbar", "serve"),
        *("--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)),
    ]
    log = CACHE / "api_load.server.log"
    CACHE.mkdir(exist_ok=True)
    with log.open("wb") as err:
        server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=err)
    try:
        _wait_ready(base, server)
        service = service_times(base, pool)
        load_before = machine()["loadavg"]
        cpu_before, server_before = time.process_time(), _tree_cpu(server.pid)
        with MemorySampler(server.pid, interval=0.5) as memory:
            every, served = asyncio.run(_load(base, pool, clients, seconds, WARMUP))
        window = seconds
        client_cpu, server_cpu = time.process_time() - cpu_before, _tree_cpu(server.pid) - server_before
        records = [r for r in every if r[3] >= WARMUP]
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    stderr = log.read_text(errors="replace")
    ms = [r[1] for r in records]
    statuses = Counter(r[2] for r in records)
    errors = {s: n for s, n in statuses.items() if not s.startswith("2")}
    by_kind: dict[str, list[float]] = defaultdict(list)
    for kind, took, _, _ in records:
        by_kind[kind].append(took)
    figures: dict[str, Any] = {
        "quick": quick,
        "db": str(db),
        "sampled_articles": len(pool["articles"]),
        "clients": clients,
        "workers": workers,
        "seconds": seconds,
        "requests": len(records),
        "requests_per_s": round(len(records) / window, 1),
        "p50_ms": round(percentile(ms, 50), 1),
        "p95_ms": round(percentile(ms, 95), 1),
        "p99_ms": round(percentile(ms, 99), 1),
        "max_ms": round(max(ms, default=0.0), 1),
        "errors": sum(errors.values()),
        "errors_by_status": dict(sorted(errors.items())),
        "error_times_s": [round(r[3] - WARMUP, 1) for r in records if not r[2].startswith("2")][:20],
    }
    for kind in MIX:
        values = by_kind.get(kind, [])
        figures[f"{kind}_n"] = len(values)
        figures[f"{kind}_p50_ms"] = round(percentile(values, 50), 1)
        figures[f"{kind}_p99_ms"] = round(percentile(values, 99), 1)
        figures[f"{kind}_alone_ms"] = service[kind]
    figures["server_peak_rss_mib"] = memory.peak("tree_rss")
    figures["server_peak_pss_mib"] = memory.peak("tree_pss")
    figures["server_cpu_ms_per_request"] = round(server_cpu * 1000 / max(len(every), 1), 2)
    figures["client_cpu_ms_per_request"] = round(client_cpu * 1000 / max(len(every), 1), 2)
    # what the server would serve if it had the cores to itself (its CPU cost per request)
    busy = min(workers, machine()["cores"])
    figures["server_capacity_per_s"] = round(busy * len(every) / max(server_cpu, 1e-9), 1)
    figures["cache"] = cache
    figures["cache_hit_share"] = round(served["hit"] / max(sum(served.values()), 1), 3)
    figures["client_cpu_share"] = round(client_cpu / (window + WARMUP) / machine()["cores"], 2)
    if errors and stderr:
        figures["server_stderr"] = f"{log}: " + stderr[-1500:]
    if note:
        figures["note"] = note
    figures["data_hash"] = data_hash([source])
    figures["loadavg_before"] = load_before
    return figures | machine()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="the 3,103-article database")
    parser.add_argument("--seconds", type=float, default=SECONDS)
    parser.add_argument("--clients", type=int, default=CLIENTS)
    parser.add_argument("--workers", type=int, default=WORKERS)
    parser.add_argument("--no-cache", action="store_true", help="serve with AKHBAR_CACHE_MB=0")
    args = parser.parse_args()
    figures = run(
        args.quick, seconds=args.seconds, clients=args.clients, workers=args.workers, cache=not args.no_cache
    )
    print(json.dumps(figures, indent=2, ensure_ascii=False))

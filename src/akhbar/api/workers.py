"""Building and extracting articles in worker processes, in input order, with bounded memory.

Cleaning, metadata and extraction are pure per-document work and dominate ingest time, so they run in
a process pool; reading, the duplicate check, copy detection and the database stay in the caller's
process (one writer). Each worker keeps its own ``BuildContext`` and ``Extractor``: lines repeated on
an outlet's pages and canonical entity names are learnt per worker from the documents it sees, which
with several workers means each learns from a share of the stream (names are re-unified when stories
are built, through their variant keys).

Only ``workers`` × ``_AHEAD`` chunks are in flight at once, so a 30 GB dump streams through in
constant memory; results come back in submission order so ingest stays deterministic for one worker
and reproducible in content for several.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from akhbar.extract.pipeline import Extractor
from akhbar.ingest.build import BuildContext, build_article
from akhbar.ingest.document import Document
from akhbar.model import Article

log = logging.getLogger(__name__)

_CHUNK = 16
_AHEAD = 4


@dataclass(frozen=True, slots=True)
class Built:
    """The outcome for one document: the annotated article, or why it could not be processed."""

    doc: Document
    article: Article | None
    error: str | None = None


class Builder:
    """Turns documents into annotated articles, serially or in ``workers`` processes."""

    def __init__(self, extractor: Callable[[], Extractor], workers: int = 1) -> None:
        self._extractor = extractor
        self.workers = resolve_workers(workers)

    def build(self, docs: Iterable[Document]) -> Iterator[Built]:
        if self.workers <= 1:
            context = BuildContext()
            extractor = self._extractor()
            for doc in docs:
                yield _build_one(doc, context, extractor)
            return
        yield from _pooled(docs, self.workers)


def resolve_workers(workers: int) -> int:
    """``0`` means one per available core; negative or absurd values are clamped to sensible ones."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return cores if workers <= 0 else min(workers, 4 * cores)


def _build_one(doc: Document, context: BuildContext, extractor: Extractor) -> Built:
    try:
        return Built(doc, extractor(build_article(doc, context)))
    except Exception as exc:  # one bad document must not stop the run
        log.exception("could not build %s", doc.source)
        return Built(doc, None, f"could not be processed ({type(exc).__name__}: {exc})")


_STATE: tuple[BuildContext, Extractor] | None = None


def _init_worker() -> None:
    global _STATE
    _STATE = (BuildContext(), Extractor.load())


def _build_chunk(docs: list[Document]) -> list[Built]:
    if _STATE is None:  # pragma: no cover - the initializer always runs first
        _init_worker()
    assert _STATE is not None
    context, extractor = _STATE
    return [_build_one(doc, context, extractor) for doc in docs]


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _pooled(docs: Iterable[Document], workers: int) -> Iterator[Built]:
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker) as pool:
        pending: deque[Future[list[Built]]] = deque()
        for chunk in _chunks(docs, _CHUNK):
            pending.append(pool.submit(_build_chunk, chunk))
            if len(pending) >= workers * _AHEAD:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()

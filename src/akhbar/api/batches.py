"""Ingest's reads and writes of the store, by batch: screening inputs and storing built articles.

Asking the database one id or one content key at a time cost more than a millisecond an article in
the ingest's main process (which feeds the workers and is the one writer), so both questions are asked
for many at once, with the answers a one-at-a-time check would give:

- ``screen`` looks ahead ``SCREEN_CHUNK`` inputs and asks which of their ids are stored in one read;
  an id stored by this ingest after that read is caught through ``WriteBatch.stored_since`` (the ids
  flushed since), so nothing the store holds is built twice;
- ``WriteBatch`` keeps the built articles of one transaction and marks copies when it flushes: an
  article whose content key an earlier article of the batch has is that one's copy, else the stored
  original with that key found by one ``first_with_contents`` read.
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING, TypeVar

from akhbar.ingest.build import content_key, document_id
from akhbar.ingest.document import Document, Rejected
from akhbar.model import Article

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from akhbar.api.ingest_report import IngestReport
    from akhbar.store.repository import Store

_Item = TypeVar("_Item", Document, Article)


def _document_id(item: Document | Article) -> str:
    """The id an input is stored under: a document's is derived from it, an article carries its own."""
    return item.id if isinstance(item, Article) else document_id(item)


#: Inputs whose ids are looked up in one read.
SCREEN_CHUNK = 64


class WriteBatch:
    """Built articles waiting for their transaction; ``in_flight`` holds the ids queued or being built."""

    def __init__(self, store: Store, report: IngestReport, size: int) -> None:
        self.store = store
        self.report = report
        self.size = size
        self.in_flight: set[str] = set()
        self.stored_since: set[str] = set()  # ids flushed since ``screen`` last read the store
        self._articles: list[Article] = []

    def add(self, article: Article) -> None:
        """Queue ``article``; the batch is stored when it is full."""
        self._articles.append(article)
        if len(self._articles) >= self.size:
            self.flush()

    def flush(self) -> None:
        """Store the queued articles in one transaction, each marked ``copy_of`` its original if any."""
        if not self._articles:
            return
        keys = [content_key(a) for a in self._articles]
        stored = self.store.first_with_contents(keys)
        first: dict[str, str] = {}  # key → the batch's first article with it
        batch: list[Article] = []
        for article, key in zip(self._articles, keys, strict=True):
            original = first.get(key) or stored.get(key)
            first.setdefault(key, article.id)
            if original:
                article = article.with_meta(copy_of=original)
                self.report.copies += 1
            batch.append(article)
        result = self.store.add_articles(
            batch, content_keys=dict(zip((a.id for a in batch), keys, strict=True))
        )
        self.report.ingested += result.added
        self.report.duplicates += result.existing
        ids = [a.id for a in batch]
        self.in_flight.difference_update(ids)
        self.stored_since.update(ids)
        self._articles.clear()


def screen(
    items: Iterable[_Item | Rejected],
    batch: WriteBatch,
    tell: Callable[[str], None],
) -> Iterator[_Item]:
    """The new inputs of ``items``; rejections and inputs already stored or queued are counted.

    Inputs are documents to build (``ingest``) or articles built elsewhere (``add_built``), each
    looked up by the id it is stored under (``_document_id``). ``tell`` is called with the source of
    each item that is not passed on (progress); ``report.seen`` counts an item when it is screened.
    """
    report, in_flight = batch.report, batch.in_flight
    it = iter(items)
    while chunk := list(islice(it, SCREEN_CHUNK)):
        ids = ["" if isinstance(item, Rejected) else _document_id(item) for item in chunk]
        stored = batch.store.existing_ids([i for i in ids if i])
        batch.stored_since.clear()
        for item, art_id in zip(chunk, ids, strict=True):
            report.seen += 1
            if isinstance(item, Rejected):
                report.rejected.append(item)
            elif art_id in in_flight or art_id in stored or art_id in batch.stored_since:
                report.duplicates += 1
            else:
                in_flight.add(art_id)
                yield item
                continue
            tell(item.source)

"""``Akhbar``: the one library entry point that the CLI, the REST API, the web UI and tests all call.

Open a database, ingest paths, list and read articles and stories, search, count. Every method
returns model objects or plain dicts (``to_dict()`` is what ``--json`` and the REST API print) and
raises ``AkhbarError`` subclasses; nothing here prints or exits. Progress is a callback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from akhbar.api.workers import Builder
from akhbar.config import Settings
from akhbar.extract.pipeline import Extractor
from akhbar.ingest.build import content_key, document_id
from akhbar.ingest.document import Document, Rejected
from akhbar.ingest.readers import ReadOptions, read_paths
from akhbar.model import Article, Story
from akhbar.store.repository import SearchHit, Store
from akhbar.stories import CLUSTER_LAYERS, group_articles, make_story, sort_stories

log = logging.getLogger(__name__)

_STORY_BATCH = 2000  # articles loaded with every layer at once while stories are built


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How to read and ingest inputs; the reader options pass through to ``ingest.readers``."""

    read: ReadOptions = field(default_factory=ReadOptions)
    batch_size: int = 200
    build_stories: bool = True
    workers: int = 1  # processes for cleaning and extraction; 0 = one per core


@dataclass(frozen=True, slots=True)
class IngestProgress:
    """What a progress callback is told after each input item."""

    seen: int
    ingested: int
    duplicates: int
    rejected: int
    source: str


@dataclass(slots=True)
class IngestReport:
    """The outcome of one ``ingest`` call: counts, copies found, and every rejection with its reason."""

    seen: int = 0
    ingested: int = 0
    duplicates: int = 0
    copies: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    stories: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "seen": self.seen,
            "ingested": self.ingested,
            "duplicates": self.duplicates,
            "copies": self.copies,
            "rejected": [{"source": r.source, "reason": r.reason} for r in self.rejected],
            "stories": self.stories,
        }


class Akhbar:
    """A handle on one akhbar database.

    >>> with Akhbar.open(":memory:") as ak:
    ...     ak.stats()["articles"]
    0
    """

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self._extractor: Extractor | None = None

    @property
    def extractor(self) -> Extractor:
        """The extraction pipeline, loaded on first use (the NER model takes about a second)."""
        if self._extractor is None:
            self._extractor = Extractor.load()
        return self._extractor

    @classmethod
    def open(cls, db: str | None = None, *, settings: Settings | None = None) -> Akhbar:
        """Open (creating or upgrading) the database given by ``db``, ``AKHBAR_DB`` or ``./akhbar.db``."""
        resolved = settings or Settings.resolve(db=db)
        return cls(Store.open(resolved.db_url), resolved)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Akhbar:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    # -- ingest ---------------------------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        options: IngestOptions | None = None,
        progress: Callable[[IngestProgress], None] | None = None,
    ) -> IngestReport:
        """Read, clean, date, extract and store every article under ``paths``; rebuild the stories.

        Idempotent: an input already stored is counted as a duplicate and not rebuilt. Each batch is
        one transaction, so an interrupted ingest leaves only whole articles behind. Bad inputs are
        reported in ``IngestReport.rejected`` and kept for ``stats``; they never stop the run. With
        ``options.workers`` > 1 the per-document work runs in that many processes.
        """
        opts = options or IngestOptions()
        report = IngestReport()
        in_flight: set[str] = set()

        def tell(source: str) -> None:
            if progress:
                progress(
                    IngestProgress(
                        report.seen, report.ingested, report.duplicates, len(report.rejected), source
                    )
                )

        def screened() -> Iterator[Document]:
            """New documents only: rejections and inputs already stored are counted here."""
            for item in read_paths([Path(p) for p in paths], opts.read):
                report.seen += 1
                if isinstance(item, Rejected):
                    report.rejected.append(item)
                else:
                    art_id = document_id(item)
                    if art_id in in_flight or self.store.has_article(art_id):
                        report.duplicates += 1
                    else:
                        in_flight.add(art_id)
                        yield item
                        continue
                tell(item.source)

        batch: list[Article] = []
        keys: dict[str, str] = {}
        builder = Builder(lambda: self.extractor, opts.workers)
        for built in builder.build(screened()):
            if built.article is None:
                report.rejected.append(Rejected(built.doc.source, built.error or "could not be processed"))
            else:
                self._add_built(built.article, batch, keys, report)
                if len(batch) >= opts.batch_size:
                    self._flush(batch, keys, report, in_flight)
            tell(built.doc.source)
        self._flush(batch, keys, report, in_flight)
        tell("")  # the final counts, after the last batch is stored
        if report.rejected:
            self.store.add_rejections([(r.source, r.reason) for r in report.rejected])
        if opts.build_stories and report.ingested:
            report.stories = len(self.rebuild_stories())
        return report

    def _add_built(
        self, article: Article, batch: list[Article], keys: dict[str, str], report: IngestReport
    ) -> None:
        """Queue ``article`` for the next batch, marked as a copy when its content is already known."""
        key = content_key(article)
        original = next((aid for aid, k in keys.items() if k == key), None) or self.store.first_with_content(
            key
        )
        if original:
            article = article.with_meta(copy_of=original)
            report.copies += 1
        keys[article.id] = key
        batch.append(article)

    def _flush(
        self, batch: list[Article], keys: dict[str, str], report: IngestReport, in_flight: set[str]
    ) -> None:
        if not batch:
            return
        result = self.store.add_articles(batch, content_keys={a.id: keys[a.id] for a in batch})
        report.ingested += result.added
        report.duplicates += result.existing
        in_flight.difference_update(a.id for a in batch)
        batch.clear()
        keys.clear()

    # -- reading --------------------------------------------------------------------------------

    def articles(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        outlet: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        with_spans: bool = True,
    ) -> list[Article]:
        """Articles ordered by publication date (unknown dates last)."""
        return self.store.articles(
            limit=limit,
            offset=offset,
            outlet=outlet,
            date_from=date_from,
            date_to=date_to,
            with_spans=with_spans,
        )

    def article(self, article_id: str) -> Article:
        """One article with every span layer; ``NotFound`` if the id is not stored."""
        return self.store.article(article_id)

    def stories(self, *, limit: int | None = None, offset: int = 0) -> list[Story]:
        return self.store.stories(limit=limit, offset=offset)

    def story(self, story_id: str) -> Story:
        return self.store.story(story_id)

    def rebuild_stories(self) -> list[Story]:
        """Cluster every stored article into stories again and store them (replacing the old ones)."""
        groups = group_articles(self.store.iter_articles(layers=CLUSTER_LAYERS))
        stories: list[Story] = []
        batch: list[list[str]] = []
        for group in [*groups, []]:  # the empty sentinel flushes the last batch
            batch.append(group)
            if sum(map(len, batch)) >= _STORY_BATCH or not group:
                found = self.store.articles_by_id([aid for ids in batch for aid in ids])
                stories.extend(make_story([found[aid] for aid in ids]) for ids in batch if ids)
                batch.clear()
        stories = sort_stories(stories)
        self.store.replace_stories(stories)
        return stories

    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        offset: int = 0,
        outlet: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> list[SearchHit]:
        """Arabic-aware full-text search (diacritics, hamza forms, clitics folded), best first."""
        return self.store.search(
            query, limit=limit, offset=offset, outlet=outlet, date_from=date_from, date_to=date_to
        )

    def stats(self) -> dict[str, int]:
        """Counts of articles, stories, outlets, rejected inputs and spans."""
        return self.store.stats()

    def rejections(self, *, limit: int | None = None) -> list[Mapping[str, str]]:
        return [
            {"source": s, "reason": r, "at": at.isoformat()}
            for s, r, at in self.store.rejections(limit=limit)
        ]

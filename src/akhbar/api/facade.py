"""``Akhbar``: the one library entry point that the CLI, the REST API, the web UI and tests all call.

Open a database, ingest paths, list and read articles and stories, search, count. Every method
returns model objects or plain dicts (``to_dict()`` is what ``--json`` and the REST API print) and
raises ``AkhbarError`` subclasses; nothing here prints or exits. Progress is a callback.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from akhbar.api.batches import WriteBatch, screen
from akhbar.api.ingest_report import IngestOptions, IngestProgress, IngestReport, teller
from akhbar.api.uploads import save_uploads
from akhbar.api.workers import Builder
from akhbar.config import Settings
from akhbar.errors import NotFound
from akhbar.extract.entity_index import EntityIndex
from akhbar.extract.pipeline import Extractor
from akhbar.ingest.document import Rejected
from akhbar.ingest.readers import read_paths
from akhbar.model import Article, Story, StoryHeadline
from akhbar.store.repository import Entity, EntityDetail, SearchHit, Store
from akhbar.stories import CLUSTER_LAYERS, group_articles, make_story_marking_copies, sort_stories
from akhbar.stories.export import EXPORT_LAYERS, check_format, export_story

__all__ = ["Akhbar", "IngestOptions", "IngestProgress", "IngestReport"]

log = logging.getLogger(__name__)

_STORY_BATCH = 2000  # articles loaded with every layer at once while stories are built


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
        """The extraction pipeline, loaded on first use (the NER model takes about a second).

        Its entity index starts from the canonical names already stored, so «لافروف» in an article
        ingested today links to the «سيرغي لافروف» an earlier run stored (one process; each worker
        of a parallel ingest still learns from its own share of the stream).
        """
        if self._extractor is None:
            index = EntityIndex()
            for label, name, mentions in self.store.entity_names():
                index.add(label, name, mentions)
            self._extractor = Extractor.load(index=index)
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
        batch = WriteBatch(self.store, report, opts.batch_size)
        tell = teller(report, progress)

        builder = Builder(lambda: self.extractor, opts.workers)
        for built in builder.build(screen(read_paths([Path(p) for p in paths], opts.read), batch, tell)):
            if built.article is None:
                report.rejected.append(Rejected(built.doc.source, built.error or "could not be processed"))
            else:
                batch.add(built.article)
            tell(built.doc.source)
        batch.flush()
        tell("")  # the final counts, after the last batch is stored
        if report.rejected:
            self.store.add_rejections([(r.source, r.reason) for r in report.rejected])
        if opts.build_stories and report.ingested:
            report.stories = len(self.rebuild_stories())
        return report

    def add_built(
        self,
        items: Iterable[Article | Rejected],
        *,
        options: IngestOptions | None = None,
        progress: Callable[[IngestProgress], None] | None = None,
    ) -> IngestReport:
        """Store articles built and extracted elsewhere (the Spark job's tables) by ``ingest``'s rules.

        ``items`` come in input order: an id already stored or met earlier is a duplicate, an article
        with the content of an earlier one is marked ``copy_of`` it, each batch is one transaction, and
        stories are rebuilt when anything was added. A rejection already recorded (same source and
        reason) is not recorded again, so storing the same output twice adds nothing.
        """
        opts = options or IngestOptions()
        report = IngestReport()
        batch = WriteBatch(self.store, report, opts.batch_size)
        tell = teller(report, progress)

        for article in screen(items, batch, tell):
            batch.add(article)
            tell(article.source)
        batch.flush()
        tell("")  # the final counts, after the last batch is stored
        known = {(source, reason) for source, reason, _at in self.store.rejections()}
        self.store.add_rejections(
            [(r.source, r.reason) for r in report.rejected if (r.source, r.reason) not in known]
        )
        if opts.build_stories and report.ingested:
            report.stories = len(self.rebuild_stories())
        return report

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

    def stories(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        outlet: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        entity: str | None = None,
    ) -> list[Story]:
        """Stories, largest first; only those covered by ``outlet``, active between ``date_from`` and
        ``date_to`` (first-to-last dates overlap), or naming the entity id ``entity``, when given."""
        return self.store.stories(
            limit=limit, offset=offset, outlet=outlet, date_from=date_from, date_to=date_to, entity=entity
        )

    def story_headlines(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        outlet: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        entity: str | None = None,
    ) -> list[StoryHeadline]:
        """``stories()`` without timelines and summaries: what a listing shows, read in one query."""
        return self.store.story_headlines(
            limit=limit, offset=offset, outlet=outlet, date_from=date_from, date_to=date_to, entity=entity
        )

    def story(self, story_id: str) -> Story:
        return self.store.story(story_id)

    def articles_by_id(self, ids: Sequence[str], *, layers: Sequence[str] | None = None) -> list[Article]:
        """The stored articles among ``ids`` in the order given, read in batches (a story page's members).

        ``layers`` limits the span layers loaded (default: all); ids that are not stored are left out.
        """
        found = self.store.articles_by_id(ids, layers=layers)
        return [found[aid] for aid in ids if aid in found]

    def rebuild_stories(self) -> list[Story]:
        """Cluster every stored article into stories again and store them (replacing the old ones),
        with the wire copies found among each story's members marked ``copy_of`` their original."""
        groups = group_articles(self.store.iter_articles(layers=CLUSTER_LAYERS))
        stories: list[Story] = []
        copies: dict[str, str] = {}
        batch: list[list[str]] = []
        for group in [*groups, []]:  # the empty sentinel flushes the last batch
            batch.append(group)
            if sum(map(len, batch)) >= _STORY_BATCH or not group:
                found = self.store.articles_by_id([aid for ids in batch for aid in ids])
                for ids in filter(None, batch):
                    story, marked = make_story_marking_copies([found[aid] for aid in ids])
                    stories.append(story)
                    copies |= marked
                batch.clear()
        stories = sort_stories(stories)
        self.store.replace_stories(stories, copies=copies)
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
        entity: str | None = None,
    ) -> list[SearchHit]:
        """Arabic-aware full-text search (diacritics, hamza forms, clitics folded), best first;
        ``entity`` (an entity id) keeps only articles that mention it."""
        return self.store.search(
            query,
            limit=limit,
            offset=offset,
            outlet=outlet,
            date_from=date_from,
            date_to=date_to,
            entity=entity,
        )

    def entities(
        self, *, q: str | None = None, label: str | None = None, limit: int | None = 50, offset: int = 0
    ) -> list[Entity]:
        """Canonical entities across the corpus, most mentioned first, with spellings and roles.

        ``q`` matches any spelling of the name, folded as search folds it (diacritics, hamza and ya
        forms, Persian letters) or by its variant key as whole words (بلينكن finds بلينكين);
        ``label`` is PERS, LOC, ORG or MISC (``InputError`` otherwise).
        """
        return self.store.entities(q=q, label=label, limit=limit, offset=offset)

    def entity(self, entity_id: str) -> EntityDetail:
        """One entity: spellings, roles, the stories it appears in and what it said; ``NotFound`` if unknown."""
        return self.store.entity(entity_id)

    def outlets(self) -> list[tuple[str, int]]:
        """Each known outlet with its number of articles, most articles first."""
        return self.store.outlets()

    def generation(self) -> int:
        """Changes whenever any process commits a write to the database: a cache key for readers."""
        return self.store.generation()

    def stats(self, *, with_spans: bool = True) -> dict[str, int]:
        """Counts of articles, stories, outlets, rejected inputs and (``with_spans``) spans.

        Counting the spans reads the largest table (over a million rows for SaudiNewsNet, 15 ms): a
        page that shows only the article, story and outlet counts passes ``with_spans=False``.
        """
        return self.store.stats(with_spans=with_spans)

    def rejections(self, *, limit: int | None = None) -> list[Mapping[str, str]]:
        return [
            {"source": s, "reason": r, "at": at.isoformat()}
            for s, r, at in self.store.rejections(limit=limit)
        ]

    def ingest_files(
        self, files: Iterable[tuple[str, bytes]], *, options: IngestOptions | None = None
    ) -> IngestReport:
        """Ingest uploaded ``(name, bytes)`` pairs like paths (``api.uploads``: safe names, no URL lists)."""
        with tempfile.TemporaryDirectory(prefix="akhbar-upload-") as folder:
            paths, refused = save_uploads(list(files), Path(folder))
            report = self.ingest(paths, options=options)
        if refused:
            self.store.add_rejections([(r.source, r.reason) for r in refused])
            report.seen += len(refused)
            report.rejected[:0] = refused
        return report

    def delete_article(self, article_id: str) -> dict[str, Any]:
        """Remove one article (spans, search document, entity mentions, story membership); ``NotFound`` if absent.

        Its stories are rebuilt at once, so no timeline or summary goes on citing it.
        """
        in_stories = self.store.stories_of(article_id)
        if not self.store.delete_articles([article_id]):
            raise NotFound(f"no article {article_id!r} in {self.store.where}; `akhbar articles` lists them")
        stories = len(self.rebuild_stories()) if in_stories else self.stats()["stories"]
        return {"deleted": article_id, "stories": stories}

    def export(self, story_id: str, fmt: str) -> str:
        """One story as ``json``, ``csv``, ``timelinejs`` or ``md`` text (``stories.export``); ``InputError`` else."""
        check_format(fmt)
        story = self.store.story(story_id)
        members = self.store.articles_by_id(list(story.article_ids), layers=EXPORT_LAYERS)
        return export_story(story, list(members.values()), fmt)

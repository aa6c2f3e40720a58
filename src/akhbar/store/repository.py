"""``Store``: the one way into the database. Takes and returns ``akhbar.model`` objects, never rows.

Every write method is one transaction (all or nothing); every database error becomes a ``StoreError``
naming the database and what to do; an unknown id is ``NotFound``. SQLite is the default; PostgreSQL
runs the same SQL, with its own full-text index for search (see ``search``) and, as on SQLite, one
writer at a time (see ``engine``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select

from akhbar.errors import NotFound
from akhbar.store import articles as article_rows
from akhbar.store import entities as entity_rows
from akhbar.store import mentions as mention_rows
from akhbar.store import stories as story_rows
from akhbar.store.engine import DEFAULT_BUSY_TIMEOUT, Database, open_database
from akhbar.store.entities import Entity, EntityDetail
from akhbar.store.migrations import MIGRATIONS, Migration, m0006_write_generation, migrate
from akhbar.store.schema import articles, entities, rejections, search_docs, spans, stories, story_articles
from akhbar.store.search import SearchFilter, SearchHit, run_search

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence
    from types import TracebackType

    from akhbar.model import Article, Story, StoryHeadline

__all__ = ["AddResult", "Entity", "EntityDetail", "SearchHit", "Store"]

_COUNTS_WRITES = m0006_write_generation.VERSION  # the schema version with a write generation


@dataclass(frozen=True, slots=True)
class AddResult:
    """What ``add_articles`` did: ``added`` new articles, ``existing`` ids already stored (left as they were)."""

    added: int
    existing: int
    added_ids: tuple[str, ...] = ()


class Store:
    """A handle on one akhbar database; open it with ``Store.open(url)`` and close it (or use ``with``).

    >>> with Store.open("sqlite://") as store:
    ...     store.count_articles(), store.schema_version >= 1
    (0, True)
    """

    def __init__(self, database: Database, version: int) -> None:
        self._db = database
        self._version = version

    @classmethod
    def open(
        cls,
        url: str,
        *,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        migrations: Sequence[Migration] = MIGRATIONS,
    ) -> Store:
        """Open ``url`` (``sqlite:///path.db``, ``sqlite://``, ``postgresql+psycopg://…``), creating or upgrading it.

        ``busy_timeout`` is how many seconds a write waits for another writer before giving up with a
        "locked" ``StoreError``. ``migrations`` exists for tests of the upgrade path.
        """
        database = open_database(url, busy_timeout=busy_timeout)
        try:
            version = migrate(database, migrations)
        except BaseException:
            database.engine.dispose()
            raise
        return cls(replace(database, counts_writes=version >= _COUNTS_WRITES), version)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self._version

    def generation(self) -> int:
        """A number that changes whenever any process commits a write to this database (one read)."""
        return self._db.generation()

    @property
    def where(self) -> str:
        """The database as messages name it (a path, ``in-memory database`` or a password-less URL)."""
        return self._db.where

    # -- articles -------------------------------------------------------------------------------

    def add_articles(
        self, items: Sequence[Article], *, content_keys: Mapping[str, str] | None = None
    ) -> AddResult:
        """Store new articles with all their span layers and index them for search, in one transaction.

        Idempotent by ``Article.id``: an id already stored (or repeated in ``items``) is counted in
        ``existing`` and not rewritten. ``content_keys`` maps an article id to its exact-duplicate key
        (computed by the caller), later found by ``first_with_content``. If anything fails, nothing of
        the batch is stored.
        """
        keys = content_keys or {}
        with self._db.write() as conn:
            stored = article_rows.existing_ids(conn, list(dict.fromkeys(a.id for a in items)))
            fresh: dict[str, Article] = {}
            for a in items:
                if a.id not in stored and a.id not in fresh:
                    fresh[a.id] = a
            article_rows.insert_articles(conn, list(fresh.values()), keys)
            mention_rows.insert_entities(conn, list(fresh.values()))
        return AddResult(added=len(fresh), existing=len(items) - len(fresh), added_ids=tuple(fresh))

    def delete_articles(self, ids: Sequence[str]) -> int:
        """Remove articles with their spans, search documents, entity mentions and story memberships.

        One transaction; returns how many of ``ids`` were stored. Entities they named are recounted
        (one named nowhere else goes); copies of a removed original point to its earliest remaining
        copy instead; stories keep their other members until ``replace_stories``.
        """
        unique = list(dict.fromkeys(ids))
        with self._db.write() as conn:
            stored = article_rows.existing_ids(conn, unique)
            gone = [aid for aid in unique if aid in stored]
            mention_rows.remove_entities(conn, gone)
            article_rows.release_copies(conn, gone)
            # explicit child deletes: correct even where foreign-key cascades are off
            for part in article_rows.chunked(gone):
                for table in (story_articles, search_docs, spans, articles):
                    column = table.c.id if table is articles else table.c.article_id
                    conn.execute(delete(table).where(column.in_(part)))
        return len(gone)

    def has_article(self, article_id: str) -> bool:
        return bool(self.existing_ids([article_id]))

    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of ``ids`` are stored: ``has_article`` for many ids in one read (ingest screens by chunk)."""
        with self._db.read() as conn:
            return article_rows.existing_ids(conn, list(dict.fromkeys(ids)))

    def first_with_content(self, content_key: str) -> str | None:
        """The id of the earliest stored original (not itself a copy) with this content key, or ``None``."""
        return self.first_with_contents([content_key]).get(content_key)

    def first_with_contents(self, content_keys: Sequence[str]) -> dict[str, str]:
        """``first_with_content`` for many keys in one read: ``{key: id}`` for the keys stored."""
        with self._db.read() as conn:
            return article_rows.first_with_contents(conn, list(dict.fromkeys(content_keys)))

    def article(self, article_id: str) -> Article:
        """One article with every span layer; ``NotFound`` when the id is not stored."""
        with self._db.read() as conn:
            rows = conn.execute(select(articles).where(articles.c.id == article_id)).all()
            if not rows:
                raise NotFound(
                    f"no article {article_id!r} in {self.where}. Run `akhbar articles` to list the stored ids."
                )
            return article_rows.load_articles(conn, rows, with_spans=True)[0]

    def articles(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        outlet: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        with_spans: bool = False,
        layers: Sequence[str] | None = None,
    ) -> list[Article]:
        """Articles ordered by publication date (unknown dates last), then id; spans only when asked.

        ``layers`` limits the span layers loaded (default: all of them).
        """
        query = article_rows.select_articles(outlet=outlet, date_from=date_from, date_to=date_to)
        query = query.limit(limit).offset(max(offset, 0))
        with self._db.read() as conn:
            return article_rows.load_articles(conn, conn.execute(query), with_spans=with_spans, layers=layers)

    def iter_articles(self, *, layers: Sequence[str] | None = None, page: int = 1000) -> Iterator[Article]:
        """Every article in ``articles()`` order, read ``page`` at a time so memory stays bounded."""
        offset = 0
        while True:
            batch = self.articles(limit=page, offset=offset, with_spans=True, layers=layers)
            yield from batch
            if len(batch) < page:
                return
            offset += page

    def articles_by_id(
        self, ids: Sequence[str], *, layers: Sequence[str] | None = None
    ) -> dict[str, Article]:
        """The stored articles among ``ids``, with their span layers (all, or ``layers``), by id."""
        out: dict[str, Article] = {}
        with self._db.read() as conn:
            for part in article_rows.chunked(list(ids)):
                rows = conn.execute(select(articles).where(articles.c.id.in_(part)))
                for art in article_rows.load_articles(conn, rows, with_spans=True, layers=layers):
                    out[art.id] = art
        return out

    def count_articles(self) -> int:
        with self._db.read() as conn:
            return int(conn.execute(select(func.count()).select_from(articles)).scalar_one())

    def outlets(self) -> list[tuple[str, int]]:
        """Each known outlet with its number of articles, most articles first."""
        n = func.count().label("n")
        query = (
            select(articles.c.outlet, n)
            .where(articles.c.outlet.is_not(None))
            .group_by(articles.c.outlet)
            .order_by(n.desc(), articles.c.outlet)
        )
        with self._db.read() as conn:
            return [(str(outlet), int(count)) for outlet, count in conn.execute(query)]

    # -- rejections -----------------------------------------------------------------------------

    def add_rejections(self, rejected: Sequence[tuple[str, str]]) -> None:
        """Record inputs that could not be ingested, as ``(source, reason)``, for ``akhbar stats``."""
        if not rejected:
            return
        now = datetime.now(UTC).replace(tzinfo=None)
        with self._db.write() as conn:
            conn.execute(rejections.insert(), [{"source": s, "reason": r, "at": now} for s, r in rejected])

    def rejections(self, *, limit: int | None = None) -> list[tuple[str, str, datetime]]:
        """Recorded rejections, newest first, as ``(source, reason, when)`` with ``when`` in UTC."""
        query = select(rejections).order_by(rejections.c.at.desc(), rejections.c.id.desc()).limit(limit)
        with self._db.read() as conn:
            return [(r.source, r.reason, r.at.replace(tzinfo=UTC)) for r in conn.execute(query)]

    # -- stories --------------------------------------------------------------------------------

    def replace_stories(self, items: Sequence[Story], *, copies: Mapping[str, str] | None = None) -> None:
        """Replace every stored story (members, timeline rows, citations) in one transaction.

        ``copies`` (``{copy id: original id}``, from story-level copy detection) marks those articles
        ``copy_of`` their original in the same transaction, where they are not marked already.
        """
        with self._db.write() as conn:
            if copies:
                article_rows.mark_copies(conn, copies)
            story_rows.replace_all(conn, items)

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
        """Stories with their timelines, largest first, then latest; filters combine with AND.

        ``outlet``: one of the story's articles is from it. ``date_from``/``date_to``: the story's
        first-to-last publication dates overlap the range (undated stories are left out). ``entity``:
        one of its articles mentions that entity id.
        """
        query = story_rows.select_stories()
        query = query.where(*story_rows.story_filters(outlet, date_from, date_to, entity))
        query = query.limit(limit).offset(max(offset, 0))
        with self._db.read() as conn:
            return story_rows.load_stories(conn, conn.execute(query))

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
        """``stories()`` as a listing shows them: counts, outlets and dates, without the timelines."""
        query = story_rows.select_headlines()
        query = query.where(*story_rows.story_filters(outlet, date_from, date_to, entity))
        query = query.limit(limit).offset(max(offset, 0))
        with self._db.read() as conn:
            return [story_rows.load_headline(r) for r in conn.execute(query)]

    def story(self, story_id: str) -> Story:
        """One story with its timeline; ``NotFound`` when the id is not stored."""
        with self._db.read() as conn:
            rows = conn.execute(select(stories).where(stories.c.id == story_id)).all()
            if not rows:
                raise NotFound(
                    f"no story {story_id!r} in {self.where}. Run `akhbar stories` to list the stored ids."
                )
            return story_rows.load_stories(conn, rows)[0]

    def stories_of(self, article_id: str) -> list[str]:
        """Ids of the stories an article belongs to (empty when none)."""
        with self._db.read() as conn:
            return story_rows.story_ids_of(conn, article_id)

    # -- search and counts ----------------------------------------------------------------------

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
        """Arabic-aware full-text search, best first; a query with no searchable word returns ``[]``.

        Never raises on query syntax: every word is matched literally (see ``store.search``).
        ``entity`` keeps articles that mention that entity id.
        """
        where = SearchFilter(outlet=outlet, date_from=date_from, date_to=date_to, entity=entity)
        with self._db.read() as conn:
            return run_search(
                conn, query, limit=limit, offset=offset, where=where, use_fts=self._db.has_full_text
            )

    # -- entities -------------------------------------------------------------------------------

    def entities(
        self, *, q: str | None = None, label: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[Entity]:
        """Canonical entities, most mentioned first; ``q`` matches any spelling (folded), ``label`` a type."""
        query = entity_rows.select_entities(q=q, label=label).limit(limit).offset(max(offset, 0))
        with self._db.read() as conn:
            return [entity_rows.load_entity(r) for r in conn.execute(query)]

    def entity(self, entity_id: str, *, story_limit: int = 50, quote_limit: int = 100) -> EntityDetail:
        """One entity with its first ``story_limit`` stories and ``quote_limit`` quotations; ``NotFound`` if unknown."""
        with self._db.read() as conn:
            row = conn.execute(select(entities).where(entities.c.id == entity_id)).first()
            if row is None:
                raise NotFound(
                    f"no entity {entity_id!r} in {self.where}. Run `akhbar entities` to list the stored ids."
                )
            story_ids, story_count = entity_rows.stories_of_entity(conn, entity_id, story_limit)
            found = {
                s.id: s
                for s in story_rows.load_stories(
                    conn, conn.execute(select(stories).where(stories.c.id.in_(story_ids)))
                )
            }
            said, quote_count = entity_rows.quotes_of_entity(conn, entity_id, quote_limit)
        return EntityDetail(
            entity_rows.load_entity(row),
            tuple(found[sid] for sid in story_ids if sid in found),
            story_count,
            tuple(said),
            quote_count,
        )

    def entity_names(self) -> list[tuple[str, str, int]]:
        """``(label, canonical name, mentions)`` of every stored entity, to seed an ``EntityIndex``."""
        query = select(entities.c.label, entities.c.canonical, entities.c.mentions)
        with self._db.read() as conn:
            return [(str(label), str(name), int(n)) for label, name, n in conn.execute(query)]

    def stats(self, *, with_spans: bool = True) -> dict[str, int]:
        """Counts of articles, stories, outlets, rejected inputs and (``with_spans``) spans."""
        count = func.count()
        with self._db.read() as conn:
            out = {
                "articles": int(conn.execute(select(count).select_from(articles)).scalar_one()),
                "stories": int(conn.execute(select(count).select_from(stories)).scalar_one()),
                "outlets": int(conn.execute(select(func.count(articles.c.outlet.distinct()))).scalar_one()),
                "rejected": int(conn.execute(select(count).select_from(rejections)).scalar_one()),
            }
            if with_spans:
                out["spans"] = int(conn.execute(select(count).select_from(spans)).scalar_one())
        return out

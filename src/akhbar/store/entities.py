"""Canonical entities across the corpus as the store gives them back: summaries, stories, quotations.

The rows are written by ``store/mentions.py`` when articles are added or removed; this module reads
them: the listing (most mentioned first, ``q`` over folded spellings, ``label``), one entity's stories
(through ``story_articles``) and the quotations it is the speaker of, and the ``IN`` subquery that
filters stories and search hits by entity. Result types are frozen dataclasses with ``to_dict()``,
the shape ``--json`` and the REST API print.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, case, func, or_, select

from akhbar.errors import InputError
from akhbar.extract.entity_keys import variant_key
from akhbar.store.mentions import name_key
from akhbar.store.schema import articles, entities, entity_mentions, entity_quotes, story_articles

if TYPE_CHECKING:
    from akhbar.model import Story

#: Entity types, as in the gold and the ``entities`` layer.
LABELS = ("PERS", "LOC", "ORG", "MISC")


@dataclass(frozen=True, slots=True)
class Entity:
    """One canonical entity: how often and in how many articles it is named, its spellings and roles.

    ``variants`` and ``roles`` pair each surface spelling («لافروف»، «سيرجي لافروف») or title phrase
    («وزير الخارجية الروسي») with the number of mentions carrying it, most frequent first.
    """

    id: str
    canonical: str
    label: str
    mentions: int
    articles: int
    variants: tuple[tuple[str, int], ...] = ()
    roles: tuple[tuple[str, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "canonical": self.canonical,
            "label": self.label,
            "mentions": self.mentions,
            "articles": self.articles,
            "variants": [{"text": text, "count": n} for text, n in self.variants],
            "roles": [{"text": text, "count": n} for text, n in self.roles],
        }


@dataclass(frozen=True, slots=True)
class EntityQuote:
    """A quotation an entity is the speaker of: article id and original offsets, the words, the channel."""

    article_id: str
    start: int
    end: int
    kind: str
    text: str
    via: str | None = None
    outlet: str | None = None
    pub_date: date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "text": self.text,
            "via": self.via,
            "outlet": self.outlet,
            "pub_date": self.pub_date.isoformat() if self.pub_date else None,
        }


@dataclass(frozen=True, slots=True)
class EntityDetail:
    """An entity with the stories it appears in (most mentions first) and its quotations (oldest first).

    ``stories`` and ``quotes`` may be a first page; ``story_count`` and ``quote_count`` are the totals.
    """

    entity: Entity
    stories: tuple[Story, ...] = ()
    story_count: int = 0
    quotes: tuple[EntityQuote, ...] = ()
    quote_count: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.entity.to_dict(),
            "story_count": self.story_count,
            "stories": [s.summary_dict() for s in self.stories],
            "quote_count": self.quote_count,
            "quotes": [q.to_dict() for q in self.quotes],
        }


# -- reading --------------------------------------------------------------------------------------


def select_entities(*, q: str | None = None, label: str | None = None) -> Any:
    """The entity listing query, most mentioned first (ties: in more articles, then by name); ``q`` matches any folded spelling or variant key."""
    query = select(entities).order_by(
        entities.c.mentions.desc(), entities.c.articles.desc(), entities.c.canonical, entities.c.id
    )
    if label is not None:
        if label not in LABELS:
            raise InputError(f"entity type {label!r} is not one of {', '.join(LABELS)}; pass one of those")
        query = query.where(entities.c.label == label)
    if q is not None and q.strip():
        folded, key = name_key(q), variant_key(q).replace("|", " ")
        if not folded and not key:
            return query.where(entities.c.id.is_(None))  # nothing searchable: no match, not everything
        found = [entities.c.names.contains(folded, autoescape=True)] if folded else []
        if key:
            found.append(entities.c.names.contains(f" {key} ", autoescape=True))
        query = query.where(or_(*found))
    return query


def load_entity(row: Any) -> Entity:
    return Entity(
        id=row.id,
        canonical=row.canonical,
        label=row.label,
        mentions=int(row.mentions),
        articles=int(row.articles),
        variants=tuple((str(s), int(c)) for s, c in row.variants or ()),
        roles=tuple((str(r), int(c)) for r, c in row.roles or ()),
    )


def stories_of_entity(conn: Connection, eid: str, limit: int) -> tuple[list[str], int]:
    """Ids of the stories naming ``eid`` (most of its mentions first, then id), up to ``limit``, and how many."""
    n = func.count().label("n")
    query = (
        select(story_articles.c.story_id, n)
        .join(entity_mentions, entity_mentions.c.article_id == story_articles.c.article_id)
        .where(entity_mentions.c.entity_id == eid)
        .group_by(story_articles.c.story_id)
        .order_by(n.desc(), story_articles.c.story_id)
    )
    ids = [str(sid) for sid, _ in conn.execute(query.limit(limit))]
    total = conn.execute(select(func.count()).select_from(query.subquery())).scalar_one()
    return ids, int(total)


def quotes_of_entity(conn: Connection, eid: str, limit: int) -> tuple[list[EntityQuote], int]:
    """Quotations ``eid`` is the speaker of, oldest article first (undated last), up to ``limit``, and how many."""
    q = entity_quotes.c
    query = (
        select(q.article_id, q.start, q.end, q.kind, q.text, q.via, articles.c.outlet, articles.c.pub_date)
        .join(articles, articles.c.id == q.article_id)
        .where(q.entity_id == eid)
        .order_by(
            case((articles.c.pub_date.is_(None), 1), else_=0), articles.c.pub_date, q.article_id, q.start
        )
        .limit(limit)
    )
    found = [EntityQuote(*row) for row in conn.execute(query)]
    total = conn.execute(
        select(func.count()).select_from(entity_quotes).where(q.entity_id == eid)
    ).scalar_one()
    return found, int(total)


def mentioning(eid: str) -> Any:
    """A subquery of the ids of the articles that mention ``eid`` (for ``IN`` filters)."""
    return select(entity_mentions.c.article_id).where(entity_mentions.c.entity_id == eid)

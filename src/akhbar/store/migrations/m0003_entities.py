"""Version 3: canonical entities, their mentions and the quotations they are the speaker of.

``entity_mentions`` (one row per span of an article's ``entities`` layer, indexed by entity and by
article) and ``entity_quotes`` (one row per quotation whose speaker is one of the article's entities)
make entities listable and usable as filters; ``entities`` holds one summary row per entity. Articles
stored before this version are backfilled from their span rows in the same transaction, so an
upgraded database lists the same entities as one ingested afresh.

Frozen: the tables below are a copy of ``store/schema.py`` as it was at version 3, and so is the
backfill (it must not follow later edits of ``store/entities.py``). It uses the folding and variant
keys of ``akhbar.text``/``akhbar.extract`` as they are when it runs; a later change to those that
alters stored name keys needs its own migration to recompute ``entities.names``.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    distinct,
    func,
    select,
)

from akhbar.extract.entity_keys import entity_id, variant_key
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

VERSION = 3

metadata = MetaData()

# only what the foreign keys and the backfill read; these tables exist since version 1
articles = Table("articles", metadata, Column("id", String, primary_key=True), Column("text", Text))
spans = Table(
    "spans",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", String),
    Column("layer", String),
    Column("seq", Integer),
    Column("start", Integer),
    Column("end", Integer),
    Column("label", Text),
    Column("attrs", JSON),
)

entities = Table(
    "entities",
    metadata,
    Column("id", String, primary_key=True),
    Column("label", String, nullable=False),
    Column("canonical", Text, nullable=False),
    Column("names", Text, nullable=False),
    Column("mentions", Integer, nullable=False),
    Column("articles", Integer, nullable=False),
    Column("variants", JSON, nullable=False),
    Column("roles", JSON, nullable=False),
    Index("ix_entities_mentions", "mentions"),
    Index("ix_entities_label_mentions", "label", "mentions"),
)

entity_mentions = Table(
    "entity_mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_id", String, nullable=False),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("label", String, nullable=False),
    Column("surface", Text, nullable=False),
    Column("canonical", Text, nullable=False),
    Column("role", Text),
    Index("ix_entity_mentions_entity_article", "entity_id", "article_id"),
)

entity_quotes = Table(
    "entity_quotes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_id", String, nullable=False),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("kind", String, nullable=False),
    Column("via", Text),
    Column("text", Text, nullable=False),
    Index("ix_entity_quotes_entity_article", "entity_id", "article_id"),
)

_CHUNK = 500


def upgrade(connection: Connection) -> None:
    """Create the three tables and fill them from the span rows of the articles already stored."""
    for table in (entities, entity_mentions, entity_quotes):
        table.create(connection)
    ids = list(connection.execute(select(articles.c.id).order_by(articles.c.id)).scalars())
    for i in range(0, len(ids), _CHUNK):
        _backfill(connection, ids[i : i + _CHUNK])
    rows = _summaries(connection)
    for i in range(0, len(rows), _CHUNK):
        connection.execute(entities.insert(), rows[i : i + _CHUNK])


def _backfill(conn: Connection, ids: Sequence[str]) -> None:
    texts = dict(conn.execute(select(articles.c.id, articles.c.text).where(articles.c.id.in_(ids))).all())
    query = (
        select(spans.c.article_id, spans.c.layer, spans.c.start, spans.c.end, spans.c.label, spans.c.attrs)
        .where(spans.c.article_id.in_(ids), spans.c.layer.in_(["entities", "quotes"]))
        .order_by(spans.c.article_id, spans.c.seq)
    )
    layers: dict[str, dict[str, list[Any]]] = {}
    for row in conn.execute(query):
        layers.setdefault(row.article_id, {}).setdefault(row.layer, []).append(row)
    mentions: list[dict[str, Any]] = []
    quotes: list[dict[str, Any]] = []
    for aid, found in layers.items():
        text = texts[aid]
        mine = [m for s in found.get("entities", ()) if (m := _mention(aid, text, s)) is not None]
        mentions.extend(mine)
        for q in found.get("quotes", ()):
            speaker = _speaker(q.attrs or {}, mine)
            if speaker is not None:
                attrs = q.attrs or {}
                quotes.append(
                    {
                        "entity_id": speaker,
                        "article_id": aid,
                        "start": q.start,
                        "end": q.end,
                        "kind": q.label,
                        "via": attrs.get("via") or None,
                        "text": text[q.start : q.end],
                    }
                )
    if mentions:
        conn.execute(entity_mentions.insert(), mentions)
    if quotes:
        conn.execute(entity_quotes.insert(), quotes)


def _mention(aid: str, text: str, s: Any) -> dict[str, Any] | None:
    attrs = s.attrs or {}
    surface = " ".join(text[s.start : s.end].split())
    if not surface:
        return None
    canonical = str(attrs.get("canonical") or surface)
    return {
        "entity_id": str(attrs.get("entity_id") or entity_id(s.label, canonical)),
        "article_id": aid,
        "start": s.start,
        "end": s.end,
        "label": s.label,
        "surface": surface,
        "canonical": canonical,
        "role": attrs.get("role") or None,
    }


def _speaker(attrs: dict[str, Any], mentions: Sequence[dict[str, Any]]) -> str | None:
    where = (attrs.get("speaker_start"), attrs.get("speaker_end"))
    for m in mentions:
        if (m["start"], m["end"]) == where:
            return str(m["entity_id"])
    speaker = attrs.get("speaker")
    named = sorted(
        (m for m in mentions if speaker and m["canonical"] == speaker), key=lambda m: m["label"] != "PERS"
    )
    return str(named[0]["entity_id"]) if named else None


def _summaries(conn: Connection) -> list[dict[str, Any]]:
    m = entity_mentions.c
    names: dict[str, Counter[tuple[str, str]]] = {}
    for eid, label, canonical, n in conn.execute(
        select(m.entity_id, m.label, m.canonical, func.count()).group_by(m.entity_id, m.label, m.canonical)
    ):
        names.setdefault(eid, Counter())[(label, canonical)] += n
    variants = _counted(conn, select(m.entity_id, m.surface, func.count()).group_by(m.entity_id, m.surface))
    roles = _counted(
        conn,
        select(m.entity_id, m.role, func.count()).where(m.role.is_not(None)).group_by(m.entity_id, m.role),
    )
    query = select(m.entity_id, func.count(distinct(m.article_id))).group_by(m.entity_id)
    spread = {str(eid): int(n) for eid, n in conn.execute(query)}
    rows = []
    for eid, counts in names.items():
        label = max(counts, key=lambda k: counts[k])[0]
        spellings = variants.get(eid, [])
        canonical = _canonical({c: n for (_, c), n in counts.items()}, spellings)
        rows.append(
            {
                "id": eid,
                "label": label,
                "canonical": canonical,
                "names": _names([canonical, *(s for s, _ in spellings)]),
                "mentions": sum(counts.values()),
                "articles": int(spread.get(eid, 0)),
                "variants": [list(v) for v in spellings],
                "roles": [list(r) for r in roles.get(eid, [])],
            }
        )
    return rows


def _canonical(canonicals: dict[str, int], spellings: Sequence[tuple[str, int]]) -> str:
    """The most used full spelling (same variant key as a canonical name), else the most used canonical."""
    full = {variant_key(c) for c in canonicals}
    spelled = [(n, len(s), s) for s, n in spellings if variant_key(s) in full]
    if spelled:
        return max(spelled)[2]
    return max((n, len(c), c) for c, n in canonicals.items())[2]


def _counted(conn: Connection, query: Any) -> dict[str, list[tuple[str, int]]]:
    out: dict[str, list[tuple[str, int]]] = {}
    for eid, value, n in conn.execute(query):
        out.setdefault(eid, []).append((str(value), int(n)))
    for values in out.values():
        values.sort(key=lambda v: (-v[1], v[0]))
    return out


def _names(names: Iterable[str]) -> str:
    def folded(name: str) -> str:
        return " ".join(fold(name).lower().replace("|", " ").split())

    keys = dict.fromkeys(k for n in names for k in (folded(n), variant_key(n).replace("|", " ")) if k)
    return "|" + "|".join(f" {k} " for k in keys) + "|"

"""Writing entities: each article's mentions and attributed quotations, and per-entity summaries kept in step.

Extraction leaves each article an ``entities`` layer (attrs ``canonical``, ``entity_id``, ``role``) and
a ``quotes`` layer (attrs ``speaker``, ``speaker_start``/``speaker_end``, ``via``). Stored as span rows
they cannot be listed or filtered by entity, so every added article also writes, in the same
transaction, one ``entity_mentions`` row per mention and one ``entity_quotes`` row per quotation whose
speaker is one of its entities, and the ``entities`` summary (counts, spellings, roles) of each entity
it names is brought up to date.

Adding merges the batch's tallies into the stored summaries: added articles are always new ones
(``Store.add_articles`` skips stored ids), so counts only grow and the cost is that of the batch, not
of the entity's whole history (recounting «إيران» from its thousands of mentions on every batch made
ingest quadratic). Removing articles recounts the entities they named from their remaining mentions.
Both go through ``summary_row``, so an incremental summary equals a full recount.

The corpus-wide id is the linker's ``entity_id`` (type + variant key of the canonical name), so
«سيرغي لافروف» and «سيرجي لافروف» are one entity; a span without one (hand-built articles) gets the
same id from its canonical name or surface.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Connection, delete, distinct, func, select

from akhbar.extract.entity_keys import entity_id, variant_key
from akhbar.store.articles import chunked
from akhbar.store.schema import entities, entity_mentions, entity_quotes
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from akhbar.model import Article, Span


@dataclass(slots=True)
class Tally:
    """What is counted of one entity: mentions, articles, and mentions per canonical name, spelling, role."""

    label: str
    mentions: int = 0
    articles: int = 0
    canonicals: Counter[str] = field(default_factory=Counter)
    variants: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)


def name_key(name: str) -> str:
    """A name as ``q`` lookups compare it: folded, lower-cased, single spaces, no ``|``.

    >>> name_key("لافْرُوف  |") == name_key("لافروف")
    True
    """
    return " ".join(fold(name).lower().replace("|", " ").split())


@lru_cache(maxsize=65536)
def _keys(name: str) -> tuple[str, str]:
    return name_key(name), variant_key(name).replace("|", " ")


def names_column(names: Iterable[str]) -> str:
    """The ``entities.names`` value: each name's folded key and variant key, space-padded, ``|``-separated.

    Padding lets a lookup match a variant key as whole words only (its vowel-less form of a partial
    word would match far too much), while the folded key matches anywhere, as a user types.

    >>> names_column(["سيرغي لافروف", "لافروف"])
    '| سيرغي لافروف | سرجي لفرف | لافروف | لفرف |'
    """
    keys = dict.fromkeys(k for n in names for k in _keys(n) if k)
    return "|" + "|".join(f" {k} " for k in keys) + "|"


def canonical_name(t: Tally) -> str:
    """The most used full spelling (same variant key as a canonical name), else the most used canonical.

    Linked articles may each have picked another spelling of one name before the corpus agreed; the
    spelling most mentions use wins, ties going to the longer one.
    """
    full = {_keys(c)[1] for c in t.canonicals}
    spelled = [(n, len(s), s) for s, n in t.variants.items() if _keys(s)[1] in full]
    if spelled:
        return max(spelled)[2]
    return max((n, len(s), s) for s, n in t.canonicals.items())[2]


def _ranked(counts: Counter[str]) -> list[list[Any]]:
    return [[text, n] for text, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def summary_row(eid: str, t: Tally) -> dict[str, Any]:
    """The ``entities`` row for a tally."""
    canonical = canonical_name(t)
    return {
        "id": eid,
        "label": t.label,
        "canonical": canonical,
        "names": names_column([canonical, *t.variants]),
        "mentions": t.mentions,
        "articles": t.articles,
        "variants": _ranked(t.variants),
        "roles": _ranked(t.roles),
    }


# -- adding ---------------------------------------------------------------------------------------


def _mention_rows(article: Article) -> list[dict[str, Any]]:
    rows = []
    for span in article.spans("entities"):
        surface = " ".join(article.text[span.start : span.end].split())
        if not surface:
            continue
        canonical = str(span.attrs.get("canonical") or surface)
        rows.append(
            {
                "entity_id": str(span.attrs.get("entity_id") or entity_id(span.label, canonical)),
                "article_id": article.id,
                "start": span.start,
                "end": span.end,
                "label": span.label,
                "surface": surface,
                "canonical": canonical,
                "role": span.attrs.get("role") or None,
            }
        )
    return rows


def speaker_entity(quote: Span, mentions: Sequence[dict[str, Any]]) -> str | None:
    """The entity id of a quotation's speaker among an article's mention rows, or ``None``.

    The mention the quote names as its speaker (``speaker_start``/``speaker_end``) decides; otherwise
    (a speaker reached through a pronoun or a description) a mention whose canonical name is the
    speaker, a person before anything else. A speaker that is only a description stays ``None``.
    """
    where = (quote.attrs.get("speaker_start"), quote.attrs.get("speaker_end"))
    for m in mentions:
        if (m["start"], m["end"]) == where:
            return str(m["entity_id"])
    speaker = quote.attrs.get("speaker")
    named = [m for m in mentions if speaker and m["canonical"] == speaker]
    named.sort(key=lambda m: m["label"] != "PERS")
    return str(named[0]["entity_id"]) if named else None


def _quote_rows(article: Article, mentions: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for quote in article.spans("quotes"):
        speaker = speaker_entity(quote, mentions)
        if speaker is not None:
            rows.append(
                {
                    "entity_id": speaker,
                    "article_id": article.id,
                    "start": quote.start,
                    "end": quote.end,
                    "kind": quote.label,
                    "via": quote.attrs.get("via") or None,
                    "text": article.text[quote.start : quote.end],
                }
            )
    return rows


def _tallies(mentions: Iterable[dict[str, Any]]) -> dict[str, Tally]:
    out: dict[str, Tally] = {}
    seen: set[tuple[str, str]] = set()
    for m in mentions:
        eid = m["entity_id"]
        t = out.setdefault(eid, Tally(m["label"]))
        t.mentions += 1
        t.canonicals[m["canonical"]] += 1
        t.variants[m["surface"]] += 1
        if m["role"]:
            t.roles[m["role"]] += 1
        if (eid, m["article_id"]) not in seen:
            seen.add((eid, m["article_id"]))
            t.articles += 1
    return out


def _merge(t: Tally, stored: Any) -> None:
    """Add a stored summary into a batch tally; its canonical name counts with all its mentions."""
    t.mentions += int(stored.mentions)
    t.articles += int(stored.articles)
    t.variants.update({str(s): int(n) for s, n in stored.variants or ()})
    t.roles.update({str(r): int(n) for r, n in stored.roles or ()})
    t.canonicals[str(stored.canonical)] += int(stored.mentions)


def insert_entities(conn: Connection, batch: Sequence[Article]) -> None:
    """Write the mentions and attributed quotations of newly stored articles and update their entities."""
    mentions: list[dict[str, Any]] = []
    quotes: list[dict[str, Any]] = []
    for article in batch:
        rows = _mention_rows(article)
        mentions.extend(rows)
        quotes.extend(_quote_rows(article, rows))
    if mentions:
        conn.execute(entity_mentions.insert(), mentions)
    if quotes:
        conn.execute(entity_quotes.insert(), quotes)
    tallies = _tallies(mentions)
    for part in chunked(sorted(tallies)):
        stored = list(conn.execute(select(entities).where(entities.c.id.in_(part))))
        for row in stored:
            _merge(tallies[row.id], row)
        if stored:
            conn.execute(delete(entities).where(entities.c.id.in_([row.id for row in stored])))
        conn.execute(entities.insert(), [summary_row(eid, tallies[eid]) for eid in part])


# -- removing -------------------------------------------------------------------------------------


def remove_entities(conn: Connection, article_ids: Sequence[str]) -> None:
    """Delete the mentions and quotations of articles being removed and recount the entities they named."""
    touched: set[str] = set()
    for part in chunked(article_ids):
        query = select(entity_mentions.c.entity_id).where(entity_mentions.c.article_id.in_(part)).distinct()
        touched.update(conn.execute(query).scalars())
        conn.execute(delete(entity_mentions).where(entity_mentions.c.article_id.in_(part)))
        conn.execute(delete(entity_quotes).where(entity_quotes.c.article_id.in_(part)))
    recount(conn, touched)


def recount(conn: Connection, ids: Iterable[str]) -> None:
    """Recompute the ``entities`` rows of ``ids`` from their mentions (an entity left without any goes)."""
    for part in chunked(sorted(set(ids))):
        conn.execute(delete(entities).where(entities.c.id.in_(part)))
        tallies = counted_tallies(conn, entity_mentions.c.entity_id.in_(part))
        if tallies:
            conn.execute(entities.insert(), [summary_row(eid, t) for eid, t in tallies.items()])


def counted_tallies(conn: Connection, where: ColumnElement[bool]) -> dict[str, Tally]:
    """Tallies of the entities whose mentions satisfy ``where``, from four grouped queries."""
    m = entity_mentions.c
    out: dict[str, Tally] = {}
    query = select(m.entity_id, m.label, m.canonical, func.count()).where(where)
    for eid, label, canonical, n in conn.execute(query.group_by(m.entity_id, m.label, m.canonical)):
        t = out.setdefault(eid, Tally(label))
        t.canonicals[canonical] += n
        t.mentions += n
    for column, attr in ((m.surface, "variants"), (m.role, "roles")):
        query = select(m.entity_id, column, func.count()).where(where, column.is_not(None))
        for eid, value, n in conn.execute(query.group_by(m.entity_id, column)):
            getattr(out[eid], attr)[value] += n
    query = select(m.entity_id, func.count(distinct(m.article_id))).where(where).group_by(m.entity_id)
    for eid, n in conn.execute(query):
        out[eid].articles = int(n)
    return out

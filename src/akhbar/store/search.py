"""Arabic-aware full-text search: the index, BM25 ranking, filters, and the hits a page shows.

Titles and bodies are indexed as *search keys* (``search_keys``: folded, light-stemmed words without
clitics) and a query goes through the same keying; each term is quoted (so ``"``, ``*``, ``OR`` or
``' OR 1=1 --`` are plain words, never FTS syntax), and all terms must match. Highlights and snippets
are located in the *original* text (``highlights``), so ``match_spans`` are exact original offsets.

On SQLite the index is an FTS5 table over ``search_docs`` ranked with ``bm25()`` (titles weigh more).
On PostgreSQL it is the generated ``search_docs.vector`` (``tsvector``, ``simple`` configuration, GIN
index; migration 4) over the same keyed text, queried with ``plainto_tsquery`` on the keys passed as
a bound parameter (every term required, no syntax) and ranked with ``ts_rank_cd`` (title weight A,
body D). Any other database uses a PORTABLE FALLBACK: ``LIKE`` over the keyed text with a simple score
(title hits count ``TITLE_WEIGHT``, body hits 1): correct, but neither fast nor ranked by term frequency.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    case,
    cast,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.dialects.postgresql import ARRAY, REAL, REGCONFIG, TSVECTOR

from akhbar.model import Span
from akhbar.store.highlights import matched_words, snippet_window
from akhbar.store.schema import articles, entity_mentions, search_docs, spans
from akhbar.store.search_keys import query_terms

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import date

TITLE_WEIGHT = 4.0

_fts = table("search_fts", literal_column("rowid"))
# PostgreSQL only (migration 4), so not in store/schema.py; a literal column adds no second FROM
_vector = literal_column("search_docs.vector", TSVECTOR)
_SIMPLE = literal_column("'simple'::regconfig", REGCONFIG)
# ts_rank_cd weights in {D, C, B, A} order, each at most 1: a title hit counts TITLE_WEIGHT body hits
_WEIGHTS = (1.0 / TITLE_WEIGHT, 0.0, 0.0, 1.0)
_LENGTH_NORMALISATION = 1  # divide by 1 + log(words), as bm25 damps long documents


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result. ``match_spans`` and ``snippet_start`` are offsets into the article's original text.

    ``snippet`` is exactly ``text[snippet_start:snippet_start + len(snippet)]``, so a renderer can mark
    the matches inside it; ``score`` is higher for better matches.
    """

    article_id: str
    title: str | None
    outlet: str | None
    pub_date: date | None
    score: float
    snippet: str
    snippet_start: int
    match_spans: tuple[tuple[int, int], ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "title": self.title,
            "outlet": self.outlet,
            "pub_date": self.pub_date.isoformat() if self.pub_date else None,
            "score": self.score,
            "snippet": self.snippet,
            "snippet_start": self.snippet_start,
            "match_spans": [list(s) for s in self.match_spans],
        }


@dataclass(frozen=True, slots=True)
class SearchFilter:
    """Restrictions on which articles a search may return (all optional, combined with AND)."""

    outlet: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    entity: str | None = None  # an entity id: only articles that mention it


def fts_query(terms: Sequence[str]) -> str:
    """An FTS5 MATCH expression where every term is a quoted string: all must occur, no syntax leaks.

    >>> fts_query(['or', '1=1', 'x"y'])
    '"or" "1=1" "x""y"'
    """
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms)


def run_search(
    conn: Connection, query: str, *, limit: int, offset: int, where: SearchFilter, use_fts: bool
) -> list[SearchHit]:
    """Search stored articles; ``use_fts`` picks the database's index (FTS5, tsvector), else the fallback."""
    terms = query_terms(query)
    if not terms or limit <= 0:
        return []
    dialect = conn.dialect.name if use_fts else None
    filters = _filters(where)
    if dialect == "sqlite":
        ranked = _fts_page_select(terms, filters, limit, max(offset, 0))
    else:
        ranked = _tsvector_select(terms) if dialect == "postgresql" else _fallback_select(terms)
        ranked = ranked.where(*filters).limit(limit).offset(max(offset, 0))
    scores = [(str(aid), float(score)) for aid, score in conn.execute(ranked)]
    return _hits(conn, scores, frozenset(terms))


def _fts_score() -> Any:
    # bm25() is lower-is-better; negate it so every backend reports higher-is-better scores
    return (-func.bm25(literal_column("search_fts"), TITLE_WEIGHT, 1.0)).label("score")


def _fts_match(terms: Sequence[str]) -> ColumnElement[bool]:
    return literal_column("search_fts").op("MATCH")(fts_query(terms))


# The unary plus hides the IN constraint from FTS5: offered to the index, FTS5 re-reads the term's
# whole doclist once per allowed rowid (a 4,800-article outlet took 1.1 s). Left to SQLite, the filter
# is checked on each match before bm25() is computed, so only allowed matches are scored and sorted.
_FILTERED_ROWID: ColumnElement[int] = literal_column("+search_fts.rowid")


def _fts_page_select(
    terms: Sequence[str], filters: Sequence[ColumnElement[bool]], limit: int, offset: int
) -> Select[Any]:
    """FTS5 ranking: the page of rowids is taken inside the index, then joined to article ids.

    Joining every match to its article before sorting made a frequent word («العام», 15,000 matches
    in SaudiNewsNet) take 45 ms; ranking the index alone and joining only the page takes 11 ms.
    Filters become the set of allowed documents (read from covering indexes, migration 5), so a
    filtered query scores only the matches it may return: 35-55 ms before, 1-13 ms after.
    """
    score = _fts_score()
    rowid: ColumnElement[int] = literal_column("search_fts.rowid")
    where = [_fts_match(terms)]
    if filters:
        allowed = (
            select(search_docs.c.id)
            .select_from(search_docs.join(articles, articles.c.id == search_docs.c.article_id))
            .where(*filters)
        )
        where.append(_FILTERED_ROWID.in_(allowed))
    page = (
        select(rowid.label("doc"), score)
        .select_from(_fts)
        .where(*where)
        .order_by(score.desc(), rowid)
        .limit(limit)
        .offset(offset)
        .subquery()
    )
    return (
        select(search_docs.c.article_id, page.c.score)
        .select_from(page.join(search_docs, search_docs.c.id == page.c.doc))
        .order_by(page.c.score.desc(), page.c.doc)
    )


def _tsvector_select(terms: Sequence[str]) -> Select[Any]:
    # the keys go in as one bound parameter: plainto_tsquery ANDs its words and reads no operators
    query = func.plainto_tsquery(_SIMPLE, literal(" ".join(terms)))
    weights = cast(literal(list(_WEIGHTS)), ARRAY(REAL))
    score = func.ts_rank_cd(weights, _vector, query, _LENGTH_NORMALISATION).label("score")
    return (
        select(search_docs.c.article_id, score)
        .select_from(search_docs.join(articles, articles.c.id == search_docs.c.article_id))
        .where(_vector.bool_op("@@")(query))
        .order_by(score.desc(), search_docs.c.article_id)
    )


def _fallback_select(terms: Sequence[str]) -> Select[Any]:
    # PORTABLE FALLBACK (PostgreSQL and any database without FTS5): whole-key LIKE over keyed text
    in_title = [search_docs.c.title.contains(f" {t} ", autoescape=True) for t in terms]
    in_body = [search_docs.c.body.contains(f" {t} ", autoescape=True) for t in terms]
    score = sum(
        (
            case((t, TITLE_WEIGHT), else_=0.0) + case((b, 1.0), else_=0.0)
            for t, b in zip(in_title, in_body, strict=True)
        ),
        start=literal_column("0.0"),
    ).label("score")
    return (
        select(search_docs.c.article_id, score)
        .select_from(search_docs.join(articles, articles.c.id == search_docs.c.article_id))
        .where(and_(*(or_(t, b) for t, b in zip(in_title, in_body, strict=True))))
        .order_by(score.desc(), search_docs.c.article_id)
    )


def _filters(where: SearchFilter) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if where.outlet is not None:
        out.append(articles.c.outlet == where.outlet)
    if where.date_from is not None:
        out.append(articles.c.pub_date >= where.date_from)
    if where.date_to is not None:
        out.append(articles.c.pub_date <= where.date_to)
    if where.entity is not None:
        mentioning = select(entity_mentions.c.article_id).where(entity_mentions.c.entity_id == where.entity)
        out.append(articles.c.id.in_(mentioning))
    return out


def _hits(conn: Connection, scores: Sequence[tuple[str, float]], terms: frozenset[str]) -> list[SearchHit]:
    """Load what the hits show and locate the matched words in each original text."""
    ids = [aid for aid, _ in scores]
    if not ids:
        return []
    rows = {
        r.id: r
        for r in conn.execute(
            select(
                articles.c.id, articles.c.title, articles.c.outlet, articles.c.pub_date, articles.c.text
            ).where(articles.c.id.in_(ids))
        )
    }
    excluded = _excluded_spans(conn, ids)
    hits = []
    for aid, score in scores:
        row = rows[aid]
        text: str = row.text
        found = matched_words(text, excluded.get(aid, ()), terms)
        start, end = snippet_window(text, found[0] if found else None)
        hits.append(SearchHit(aid, row.title, row.outlet, row.pub_date, score, text[start:end], start, found))
    return hits


def _excluded_spans(conn: Connection, ids: Sequence[str]) -> Mapping[str, list[Span]]:
    out: dict[str, list[Span]] = {}
    query = select(spans.c.article_id, spans.c.start, spans.c.end).where(
        spans.c.article_id.in_(ids), spans.c.layer == "excluded"
    )
    for aid, start, end in conn.execute(query):
        out.setdefault(aid, []).append(Span(start, end))
    return out

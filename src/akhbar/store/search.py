"""Arabic-aware full-text search: keyed terms, the FTS5 index, BM25 ranking and original-text highlights.

Titles and bodies are indexed as *search keys*, not as written: each word is folded
(``akhbar.text.normalise.fold``: diacritics, hamza and ya forms, Persian letters), stripped of a light
set of suffixes (pronouns, then plural/feminine endings) and of proclitics (و ف ب ل ك and ال), so
«ولافروف», «بلافروف», «لافْرُوف» and «لافروڤ» all key to what «لافروف» keys to. A query goes through
the same keying, each term is quoted (so ``"``, ``*``, ``OR`` or ``' OR 1=1 --`` are plain words, never
FTS syntax), and all terms must match. Highlights are found by re-tokenising the *original* text and
keying each word the same way, so ``match_spans`` are exact original offsets.

On SQLite the index is an FTS5 table over ``search_docs`` ranked with ``bm25()`` (titles weigh more).
On PostgreSQL it is the generated ``search_docs.vector`` (``tsvector``, ``simple`` configuration, GIN
index; migration 4) over the same keyed text, queried with ``plainto_tsquery`` on the keys passed as
a bound parameter (every term required, no syntax) and ranked with ``ts_rank_cd`` (title weight A,
body D). Any other database uses a PORTABLE FALLBACK: ``LIKE`` over the keyed text with a simple score
(title hits count ``TITLE_WEIGHT``, body hits 1): correct, but neither fast nor ranked by term frequency.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
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
from akhbar.resources import read_variants
from akhbar.store.schema import articles, entity_mentions, search_docs, spans
from akhbar.text.normalise import fold, folds_one_to_one, spelling_pattern

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence
    from datetime import date

TITLE_WEIGHT = 4.0
SNIPPET_BEFORE = 60
SNIPPET_AFTER = 120

_AFFIXES = "cues/search_affixes.txt"
_MIN_STEM = 3

# words and numbers as akhbar.text.tokenise reads them (letters with their marks; digits with
# decimal and thousands marks), punctuation left out
_WORD = re.compile(
    r"(?:[^\W\d_]|[\u064B-\u065F\u0670\u0640\u0610-\u061A\u06D6-\u06ED])+"
    r"|[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*"
)

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


@dataclass(frozen=True, slots=True)
class _Affixes:
    """The affix lists of ``resources/cues/search_affixes.txt``, folded, longest first."""

    articles: tuple[str, ...]
    pronouns: tuple[str, ...]
    endings: tuple[str, ...]
    proclitics: Mapping[str, int]


@cache
def _affixes() -> _Affixes:
    kinds: dict[str, list[str]] = {}
    proclitics: dict[str, int] = {}
    for kind, *entries in read_variants(_AFFIXES):
        folded = [fold(e) for e in entries]
        if kind.startswith("proclitic"):
            proclitics.update(dict.fromkeys(folded, int(kind.split()[1])))
        else:
            kinds.setdefault(kind, []).extend(folded)

    def longest_first(kind: str) -> tuple[str, ...]:
        return tuple(sorted(dict.fromkeys(kinds.get(kind, ())), key=len, reverse=True))

    return _Affixes(longest_first("article"), longest_first("pronoun"), longest_first("ending"), proclitics)


@lru_cache(maxsize=1 << 16)
def search_key(token: str) -> str:
    """The index key of one word: folded, then the article, suffixes and proclitics stripped.

    The affixes are listed in ``resources/cues/search_affixes.txt``. Three steps, each keeping a stem
    of at least three letters: (1) the definite article with any
    clitics before it (ال، وال، بال، لل …), so the length guards below see the bare word; (2) a pronoun
    suffix, then plural/dual/feminine/nisba endings as long as they peel off; (3) single-letter
    proclitics و ف ل (stem >= 3) and ب ك (stem >= 4), repeatedly, so «ولافروف», «بلافروف» and
    «لافروف» meet whatever the stem starts with. Non-Arabic words are only folded (lower-cased).

    >>> search_key("ولافْرُوف") == search_key("بلافروڤ") == search_key("لافروف")
    True
    >>> search_key("الفلسطينيون") == search_key("فلسطين")
    True
    >>> search_key("وقتهم") == search_key("وقت"), search_key("اليونان") == search_key("إلى")
    (True, False)
    """
    word = fold(token)
    if not word or not "\u0620" <= word[0] <= "\u06ff":
        return word
    affixes = _affixes()
    for article in affixes.articles:
        if word.startswith(article) and len(word) - len(article) >= _MIN_STEM:
            word = word[len(article) :]
            break
    word = _strip_suffix(word, affixes.pronouns)
    while (shorter := _strip_suffix(word, affixes.endings)) != word:
        word = shorter
    while len(word) - 1 >= affixes.proclitics.get(word[0], len(word)):
        word = word[1:]
    return word


def _strip_suffix(word: str, suffixes: Sequence[str]) -> str:
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)]
    return word


def iter_keyed_words(
    text: str, excluded: Sequence[Span] = (), start: int = 0, end: int | None = None
) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, key)`` for each word or number of ``text[start:end]`` outside ``excluded``.

    Offsets are original offsets; punctuation is skipped and words are cut at excluded regions. Used
    both to build the index and to find the words a query matched, so the two always agree.
    """
    for lo, hi in _kept_regions(start, len(text) if end is None else end, excluded):
        for m in _WORD.finditer(text, lo, hi):
            key = search_key(m.group())
            if key:
                yield m.start(), m.end(), key


def _kept_regions(start: int, end: int, excluded: Sequence[Span]) -> list[tuple[int, int]]:
    """``[start, end)`` minus the excluded spans, as ordered disjoint ranges."""
    regions: list[tuple[int, int]] = []
    pos = start
    for x in sorted(excluded, key=lambda sp: (sp.start, sp.end)):
        if x.start > pos:
            regions.append((pos, min(x.start, end)))
        pos = max(pos, x.end)
        if pos >= end:
            break
    if pos < end:
        regions.append((pos, end))
    return [(lo, hi) for lo, hi in regions if lo < hi]


def search_terms(text: str) -> list[str]:
    """The keys of ``text``'s words in order (what is indexed, and what a query looks for).

    >>> search_terms("قال لافْرُوف، والرئيسُ") == [search_key("قال"), search_key("لافروف"), search_key("رئيس")]
    True
    """
    return [key for _, _, key in iter_keyed_words(text)]


def search_document(title: str | None, text: str, excluded: Sequence[Span] = ()) -> dict[str, str]:
    """The ``search_docs`` values for one article: keyed title and keyed body (boilerplate left out).

    Each is padded with spaces so the portable fallback can match whole keys with ``LIKE '% key %'``.
    Same words as ``iter_keyed_words``, built with ``findall`` because this runs on every ingested text.
    """
    key = search_key
    words = (w for lo, hi in _kept_regions(0, len(text), excluded) for w in _WORD.findall(text, lo, hi))
    body = " ".join(k for k in map(key, words) if k)
    return {"title": f" {' '.join(search_terms(title or ''))} ", "body": f" {body} "}


def query_terms(query: str) -> list[str]:
    """The distinct keys of a query, in order; empty when nothing searchable is left."""
    return list(dict.fromkeys(search_terms(query)))


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


def matched_words(text: str, excluded: Sequence[Span], terms: frozenset[str]) -> tuple[tuple[int, int], ...]:
    """Original ``(start, end)`` of every word of ``text`` (outside ``excluded``) whose key is in ``terms``.

    The same words as keying every word with ``iter_keyed_words``, found faster: a word can only key
    to a term if it contains a spelling of that term (a key is its folded word with affixes peeled
    off), so one regex over all the terms' spellings finds the few candidate words and only those are
    keyed. Keying every word of the 20 texts of a result page took 60% of a search.

    >>> t = "قال لافْرُوف إن لافروڤ والرئيس"
    >>> matched_words(t, (), frozenset({search_key("لافروف")}))
    ((4, 12), (16, 22))
    """
    if not folds_one_to_one(text):
        return tuple((s, e) for s, e, key in iter_keyed_words(text, excluded) if key in terms)
    finder = _term_finder(terms)
    found: dict[int, int] = {}
    for lo, hi in _kept_regions(0, len(text), excluded):
        pos = lo
        while (m := finder.search(text, pos, hi)) is not None:
            # tokenise from the whitespace before the match: _WORD never crosses whitespace, so the
            # words found from there are the words iter_keyed_words reads from the region start
            start = m.start()
            while start > lo and not text[start - 1].isspace():
                start -= 1
            pos = max(m.end(), m.start() + 1)
            for w in _WORD.finditer(text, start, hi):
                if w.start() >= m.end():
                    break
                pos = max(pos, w.end())
                if search_key(w.group()) in terms:
                    found[w.start()] = w.end()
    return tuple(sorted(found.items()))


@lru_cache(maxsize=256)
def _term_finder(terms: frozenset[str]) -> re.Pattern[str]:
    # longest first, so a term that contains another is tried first at the same place
    return re.compile("|".join(spelling_pattern(t) for t in sorted(terms, key=lambda t: (-len(t), t))))


def _excluded_spans(conn: Connection, ids: Sequence[str]) -> Mapping[str, list[Span]]:
    out: dict[str, list[Span]] = {}
    query = select(spans.c.article_id, spans.c.start, spans.c.end).where(
        spans.c.article_id.in_(ids), spans.c.layer == "excluded"
    )
    for aid, start, end in conn.execute(query):
        out.setdefault(aid, []).append(Span(start, end))
    return out


def snippet_window(text: str, match: tuple[int, int] | None) -> tuple[int, int]:
    """Original ``(start, end)`` of a short window around ``match`` (the text's start when ``None``).

    The window is cut at whitespace so no word is split, and never rewrites the text.

    >>> t = "قال وزير الخارجية الروسي سيرغي لافروف اليوم إن المحادثات جرت"
    >>> s, e = snippet_window(t, (31, 37))
    >>> t[s:e] == t
    True
    """
    m_start, m_end = match or (0, 0)
    start = max(0, m_start - SNIPPET_BEFORE)
    end = min(len(text), m_end + SNIPPET_AFTER)
    if start > 0:
        space = _next_space(text, start, m_start)
        start = space + 1 if space is not None else start
    if end < len(text):
        back = text.rfind(" ", m_end, end)
        end = back if back > m_end else end
    return start, end


def _next_space(text: str, start: int, limit: int) -> int | None:
    for i in range(start, limit):
        if text[i].isspace():
            return i
    return None

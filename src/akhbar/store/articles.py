"""Articles and their span layers: rows in, ``Article`` objects out (rows never leave this package).

Spans of every layer are rows of ``spans`` with a per-article ``seq`` so layers and the spans inside
them come back in the order they were added; ``layer_names`` keeps layers that are present but empty.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import JSON, ColumnElement, Connection, Row, bindparam, case, func, select, update

from akhbar.model import Article, Span
from akhbar.store.schema import articles, search_docs, spans
from akhbar.store.search_keys import search_document

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence

#: Ids per ``IN (...)`` query: well under SQLite's variable limit and PostgreSQL's comfort zone.
CHUNK = 500

T = TypeVar("T")


def chunked(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """Consecutive slices of at most ``size`` items, one ``IN (...)`` query each."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


def existing_ids(conn: Connection, ids: Sequence[str]) -> set[str]:
    """Which of ``ids`` are already stored."""
    found: set[str] = set()
    for part in chunked(ids):
        found.update(conn.execute(select(articles.c.id).where(articles.c.id.in_(part))).scalars())
    return found


def first_with_contents(conn: Connection, keys: Sequence[str]) -> dict[str, str]:
    """The earliest stored original (copies last, then by ingest time and id) of each content key found."""
    query = (
        select(articles.c.content_key, articles.c.id)
        .where(articles.c.content_key.in_(bindparam("keys", expanding=True)))
        .order_by(articles.c.copy_of.is_not(None), articles.c.ingested_at, articles.c.id)
    )
    found: dict[str, str] = {}
    for part in chunked(keys):
        for key, aid in conn.execute(query, {"keys": list(part)}):
            found.setdefault(key, aid)
    return found


def insert_articles(conn: Connection, batch: Sequence[Article], content_keys: Mapping[str, str]) -> None:
    """Insert new articles with their spans and search documents (the caller owns the transaction)."""
    if not batch:
        return
    now = datetime.now(UTC).replace(tzinfo=None)
    conn.execute(articles.insert(), [_article_row(a, content_keys.get(a.id), now) for a in batch])
    span_rows = [row for a in batch for row in _span_rows(a)]
    if span_rows:
        conn.execute(spans.insert(), span_rows)
    conn.execute(
        search_docs.insert(),
        [{"article_id": a.id, **search_document(a.title, a.text, a.excluded)} for a in batch],
    )


def mark_copies(conn: Connection, copies: Mapping[str, str]) -> None:
    """Set ``copy_of`` of each ``{copy id: original id}`` that is not marked yet (the caller owns the
    transaction): a mark found at ingest, from equal content, is never replaced."""
    query = (
        update(articles)
        .where(articles.c.id == bindparam("copy_id"), articles.c.copy_of.is_(None))
        .values(copy_of=bindparam("original_id"))
    )
    conn.execute(query, [{"copy_id": c, "original_id": o} for c, o in copies.items()])


def release_copies(conn: Connection, gone: Sequence[str]) -> None:
    """Re-point the copies of deleted originals (the caller owns the transaction and deletes ``gone``).

    The earliest stored copy of each deleted original becomes the original, and the other copies
    point to it, so no ``copy_of`` names an article that is no longer there and the remaining copies
    still read as one text. Copies that are themselves being deleted are left alone.
    """
    if not gone:
        return
    doomed = set(gone)
    orphans: dict[str, list[str]] = {}
    for part in chunked(list(doomed)):
        rows = conn.execute(
            select(articles.c.id, articles.c.copy_of)
            .where(articles.c.copy_of.in_(part))
            .order_by(articles.c.ingested_at, articles.c.id)
        )
        for copy_id, original in rows:
            if copy_id not in doomed:
                orphans.setdefault(original, []).append(copy_id)
    for heir, *rest in orphans.values():
        conn.execute(update(articles).where(articles.c.id == heir).values(copy_of=None))
        if rest:
            conn.execute(update(articles).where(articles.c.id.in_(rest)).values(copy_of=heir))


def _article_row(a: Article, content_key: str | None, now: datetime) -> dict[str, Any]:
    start, end = a.pub_date_range or (None, None)
    return {
        "id": a.id,
        "source": a.source,
        "url": a.url,
        "outlet": a.outlet,
        "title": a.title,
        "author": a.author,
        "language": a.language,
        "pub_date": a.pub_date,
        "pub_date_source": a.pub_date_source,
        "pub_date_range_start": start,
        "pub_date_range_end": end,
        "pub_date_note": a.pub_date_note,
        "display_date": a.display_date,
        "crawl_date": a.crawl_date,
        "copy_of": a.copy_of,
        "content_key": content_key,
        "layer_names": list(a.layers),
        "text": a.text,
        "ingested_at": now,
    }


def _span_rows(a: Article) -> Iterator[dict[str, Any]]:
    seq = 0
    for layer, layer_spans in a.layers.items():
        for s in layer_spans:
            a.check_span(s)
            yield {
                "article_id": a.id,
                "layer": layer,
                "seq": seq,
                "start": s.start,
                "end": s.end,
                "label": s.label,
                "attrs": dict(s.attrs) or None,
            }
            seq += 1


def select_articles(
    *,
    outlet: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> Any:
    """The article listing query: publication date (unknown last), then id."""
    query = select(articles).order_by(
        case((articles.c.pub_date.is_(None), 1), else_=0), articles.c.pub_date, articles.c.id
    )
    conditions: list[ColumnElement[bool]] = []
    if outlet is not None:
        conditions.append(articles.c.outlet == outlet)
    if date_from is not None:
        conditions.append(articles.c.pub_date >= date_from)
    if date_to is not None:
        conditions.append(articles.c.pub_date <= date_to)
    return query.where(*conditions)


def load_articles(
    conn: Connection,
    rows: Iterable[Row[Any]],
    *,
    with_spans: bool,
    layers: Sequence[str] | None = None,
) -> list[Article]:
    """Build ``Article`` objects from ``articles`` rows, with span layers when ``with_spans``.

    ``layers`` limits which layers are loaded (all by default): clustering a whole corpus needs a
    few layers of every article, not the sentences and quotes of all of them at once.
    """
    rows = list(rows)
    found = _load_layers(conn, [r.id for r in rows], layers) if with_spans else {}
    return [_article(r, found.get(r.id, {}) if with_spans else None, layers) for r in rows]


def _load_layers(
    conn: Connection, ids: Sequence[str], layers: Sequence[str] | None = None
) -> dict[str, dict[str, list[Span]]]:
    """Each article's spans by layer, in ``seq`` order.

    SQLite and PostgreSQL hand back one JSON array of spans per article (``_span_arrays``): decoding
    one document per article in C is several times cheaper than a driver row, a JSON ``attrs`` value
    and a Python step per span (a story page reads ~1,500 spans), and a request thread no longer gives
    up and waits for the GIL once per span row while the event loop is busy.
    """
    aggregate = _SPAN_ARRAYS.get(conn.dialect.name)
    if aggregate is None:
        return _load_layers_by_row(conn, ids, layers)
    out: dict[str, dict[str, list[Span]]] = {}
    for part in chunked(ids):
        query = select(spans.c.article_id, aggregate()).where(spans.c.article_id.in_(part))
        if layers is not None:
            query = query.where(spans.c.layer.in_(list(layers)))
        for aid, items in conn.execute(query.group_by(spans.c.article_id)):
            by_layer = out[aid] = {}
            # an aggregate's order is unspecified: each item carries its seq
            for layer, _seq, start, end, label, attrs in sorted(items, key=_SEQ):
                by_layer.setdefault(layer, []).append(Span(start, end, label, attrs or {}))
    return out


def _json_group_array() -> Any:
    item = func.json_array(
        spans.c.layer, spans.c.seq, spans.c.start, spans.c.end, spans.c.label, func.json(spans.c.attrs)
    )
    return func.json_group_array(item, type_=JSON)


def _json_agg() -> Any:
    item = func.json_build_array(
        spans.c.layer, spans.c.seq, spans.c.start, spans.c.end, spans.c.label, spans.c.attrs
    )
    return func.json_agg(item, type_=JSON)


#: Per dialect, the aggregate of an article's spans as ``[layer, seq, start, end, label, attrs]`` items.
_SPAN_ARRAYS = {"sqlite": _json_group_array, "postgresql": _json_agg}
_SEQ = itemgetter(1)


def _load_layers_by_row(
    conn: Connection, ids: Sequence[str], layers: Sequence[str] | None = None
) -> dict[str, dict[str, list[Span]]]:
    """``_load_layers`` for a database without JSON aggregates: one row per span."""
    out: dict[str, dict[str, list[Span]]] = {}
    columns = (spans.c.article_id, spans.c.layer, spans.c.start, spans.c.end, spans.c.label, spans.c.attrs)
    for part in chunked(ids):
        query = select(*columns).where(spans.c.article_id.in_(part))
        if layers is not None:
            query = query.where(spans.c.layer.in_(list(layers)))
        query = query.order_by(spans.c.article_id, spans.c.seq)
        for aid, layer, start, end, label, attrs in conn.execute(query):
            out.setdefault(aid, {}).setdefault(layer, []).append(Span(start, end, label, attrs or {}))
    return out


def _article(
    r: Row[Any], found: Mapping[str, list[Span]] | None, wanted: Sequence[str] | None = None
) -> Article:
    """One article; ``found`` is ``None`` when spans were not asked for (the article has no layers)."""
    has_range = r.pub_date_range_start is not None and r.pub_date_range_end is not None
    layers: dict[str, tuple[Span, ...]] = {}
    if found is not None:
        names = [n for n in dict.fromkeys([*r.layer_names, *found]) if wanted is None or n in wanted]
        layers = {name: tuple(found.get(name, ())) for name in names}
    return Article(
        id=r.id,
        text=r.text,
        source=r.source,
        url=r.url,
        outlet=r.outlet,
        title=r.title,
        author=r.author,
        language=r.language,
        pub_date=r.pub_date,
        pub_date_source=r.pub_date_source,
        pub_date_range=(r.pub_date_range_start, r.pub_date_range_end) if has_range else None,
        pub_date_note=r.pub_date_note,
        display_date=r.display_date,
        crawl_date=r.crawl_date,
        copy_of=r.copy_of,
        layers=layers,
    )

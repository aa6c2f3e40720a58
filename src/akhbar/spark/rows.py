"""Articles as rows of the job's Parquet tables, and back: the one place that knows the column order.

``articles``: one row per article read (an input read twice appears twice, as a direct ingest meets
it twice; the loader keeps the first), every metadata field, the text, the names of its span layers in
order (so an empty layer survives) and the exact-copy ``content_key``. ``copy_of`` is not a column:
which article is the original depends on what the database already holds, so the loader marks copies
as it stores them, as ``akhbar ingest`` does. ``spans``: every span of every layer, ``seq`` giving the
order within the article, ``attrs`` as a JSON object (``null`` when empty). ``quotes`` and ``events``
flatten those two layers' attributes for querying without JSON. ``rejections``: source and reason.
Every table carries the document's ``ordinal`` (input order; see ``plan``).

Pure Python: the Spark schemas that match these tuples are in ``tables``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from akhbar.ingest.build import content_key
from akhbar.model import Article, Span

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

    from akhbar.ingest.document import Rejected

#: Column order of each table; ``tables`` builds the Spark schemas from these names.
ARTICLE_COLUMNS = (
    "ordinal",
    "id",
    "source",
    "url",
    "outlet",
    "title",
    "author",
    "language",
    "pub_date",
    "pub_date_source",
    "pub_date_range_start",
    "pub_date_range_end",
    "pub_date_note",
    "display_date",
    "crawl_date",
    "layers",
    "text",
    "content_key",
)
SPAN_COLUMNS = ("ordinal", "article_id", "layer", "seq", "start", "end", "label", "attrs")
QUOTE_COLUMNS = (
    "ordinal",
    "article_id",
    "start",
    "end",
    "kind",
    "text",
    "cue",
    "cue_start",
    "cue_end",
    "speaker",
    "speaker_start",
    "speaker_end",
    "via",
)
EVENT_COLUMNS = (
    "ordinal",
    "article_id",
    "start",
    "end",
    "text",
    "date",
    "timex_start",
    "timex_end",
    "trigger",
    "trigger_start",
    "trigger_end",
    "participants",
)
REJECTION_COLUMNS = ("ordinal", "source", "reason")
#: The tables, in the order the job writes them, with their columns.
TABLES: dict[str, tuple[str, ...]] = {
    "articles": ARTICLE_COLUMNS,
    "spans": SPAN_COLUMNS,
    "quotes": QUOTE_COLUMNS,
    "events": EVENT_COLUMNS,
    "rejections": REJECTION_COLUMNS,
}

Row = tuple[Any, ...]


def article_row(ordinal: int, a: Article) -> Row:
    start, end = a.pub_date_range or (None, None)
    return (
        ordinal,
        a.id,
        a.source,
        a.url,
        a.outlet,
        a.title,
        a.author,
        a.language,
        a.pub_date,
        a.pub_date_source,
        start,
        end,
        a.pub_date_note,
        a.display_date,
        a.crawl_date,
        list(a.layers),
        a.text,
        content_key(a),
    )


def span_rows(ordinal: int, a: Article) -> Iterator[Row]:
    """Every span, layer by layer in the article's order, numbered as the store numbers them."""
    seq = 0
    for layer, spans in a.layers.items():
        for s in spans:
            attrs = json.dumps(dict(s.attrs), ensure_ascii=False) if s.attrs else None
            yield (ordinal, a.id, layer, seq, s.start, s.end, s.label, attrs)
            seq += 1


def quote_rows(ordinal: int, a: Article) -> Iterator[Row]:
    for q in a.spans("quotes"):
        x = q.attrs
        yield (
            ordinal,
            a.id,
            q.start,
            q.end,
            q.label,
            a.surface(q),
            _str(x.get("cue")),
            _int(x.get("cue_start")),
            _int(x.get("cue_end")),
            _str(x.get("speaker")),
            _int(x.get("speaker_start")),
            _int(x.get("speaker_end")),
            _str(x.get("via")),
        )


def event_rows(ordinal: int, a: Article) -> Iterator[Row]:
    for e in a.spans("events"):
        x = e.attrs
        yield (
            ordinal,
            a.id,
            e.start,
            e.end,
            a.surface(e),
            _str(x.get("date")),
            _int(x.get("timex_start")),
            _int(x.get("timex_end")),
            _str(x.get("trigger")),
            _int(x.get("trigger_start")),
            _int(x.get("trigger_end")),
            [str(p) for p in x.get("participants") or ()],
        )


def rejection_row(ordinal: int, r: Rejected) -> Row:
    return (ordinal, r.source, r.reason)


def article_from_row(row: Mapping[str, Any], spans: Iterable[Mapping[str, Any]]) -> Article:
    """The article an ``articles`` row and its ``spans`` rows describe (spans in any order)."""
    layers: dict[str, list[Span]] = {name: [] for name in row["layers"] or ()}
    for s in sorted(spans, key=lambda s: int(s["seq"])):
        attrs = json.loads(s["attrs"]) if s["attrs"] else {}
        layers.setdefault(s["layer"], []).append(Span(s["start"], s["end"], s["label"] or "", attrs))
    start, end = row["pub_date_range_start"], row["pub_date_range_end"]
    article = Article(
        id=row["id"],
        text=row["text"],
        source=row["source"],
        url=row["url"],
        outlet=row["outlet"],
        title=row["title"],
        author=row["author"],
        language=row["language"] or "ar",
        pub_date=row["pub_date"],
        pub_date_source=row["pub_date_source"],
        pub_date_range=(start, end) if start is not None and end is not None else None,
        pub_date_note=row["pub_date_note"],
        display_date=row["display_date"],
        crawl_date=row["crawl_date"],
    )
    for name, found in layers.items():
        article = article.with_spans(name, found)
    return article


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _int(value: Any) -> int | None:
    return None if value is None else int(value)

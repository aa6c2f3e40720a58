"""From a reader's ``Document`` to an ``Article``: id, cleaning, metadata and the credit chain.

This is the per-article ingest step (no database, no corpus state beyond the optional
``RepeatedLines`` counter), so the CLI, the server and the Spark job all build articles the same way.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from akhbar.ingest.clean import RepeatedLines, find_boilerplate
from akhbar.ingest.document import Document
from akhbar.ingest.metadata import find_credits, find_outlet, find_pub_date
from akhbar.model import Article, Span, article_id
from akhbar.text.normalise import fold

_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class BuildContext:
    """Corpus state that cleaning learns as articles stream in (lines repeated on an outlet's pages)."""

    repeated: RepeatedLines = field(default_factory=RepeatedLines)


def document_id(doc: Document) -> str:
    """The id the article built from ``doc`` will have; cheap, so re-ingest can skip known inputs."""
    return article_id(doc.identity, doc.text)


def build_article(doc: Document, context: BuildContext | None = None) -> Article:
    """Build the article of ``doc``: body and excluded regions, dates, outlet and credits.

    The text is ``doc.text`` unchanged; everything found is a span over it or a metadata field.
    """
    ctx = context or BuildContext()
    ctx.repeated.observe(doc.outlet or "", doc.text)
    cleaning = find_boilerplate(doc.text, title_span=doc.title_span, outlet=doc.outlet, repeated=ctx.repeated)
    excluded = list(cleaning.excluded)
    pub = find_pub_date(
        doc.text,
        body=cleaning.body,
        excluded=excluded,
        published=doc.published,
        published_from=doc.published_from,
        crawled=doc.crawled,
    )
    outlet = find_outlet(doc.text, url=doc.url, outlet_hint=doc.outlet, excluded=excluded)
    credits = find_credits(doc.text, excluded=excluded)
    title, title_span = choose_title(doc, cleaning.title, excluded)
    article = Article(
        id=document_id(doc),
        text=doc.text,
        source=doc.source,
        url=doc.url,
        outlet=outlet,
        title=title,
        author=doc.author or None,
        pub_date=pub.value,
        pub_date_source=pub.source,
        pub_date_range=pub.range,
        pub_date_note=pub.note,
        display_date=pub.display_date,
        crawl_date=_parse_crawled(doc.crawled),
    )
    layers: dict[str, list[Span]] = {"body": [cleaning.body], "excluded": excluded, "credits": list(credits)}
    if title_span is not None:
        layers["title"] = [Span(title_span[0], title_span[1], "title")]
    for name, spans in layers.items():
        article = article.with_spans(name, spans)
    return article


def choose_title(
    doc: Document, headline: Span | None, excluded: list[Span]
) -> tuple[str | None, tuple[int, int] | None]:
    """The article's title and where it sits: the container's title unless cleaning found it to be
    page furniture (a date widget, a breadcrumb, a section name, a masthead), else the headline line
    cleaning chose, else ``None``.

    A title repeated further down (``repeated-title``) is still a title; only its copy is dropped.
    """
    given = doc.title_span
    furniture = given is not None and any(
        x.start < given[1] and given[0] < x.end and x.attrs.get("reason") != "repeated-title"
        for x in excluded
    )
    if doc.title is not None and not (furniture and headline is not None):
        return doc.title, given
    if headline is not None:
        return doc.text[headline.start : headline.end], (headline.start, headline.end)
    return None, None


def content_key(article: Article) -> str:
    """A key equal for two articles whose bodies say the same thing letter for letter.

    The body is folded (diacritics, hamza forms, digits …) and whitespace is collapsed, so a wire text
    re-published with other spacing or vowel marks is still recognised as an exact copy.
    """
    parts = [article.text[s:e] for s, e in article.kept_ranges()]
    flat = _SPACES.sub(" ", fold("".join(parts))).strip()
    return hashlib.sha1(flat.encode(), usedforsecurity=False).hexdigest()


def _parse_crawled(value: str | None) -> date | None:
    """A crawl timestamp (``2015-07-21 02:51:32``, ISO or WARC form) as a date; ``None`` if unreadable."""
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    for candidate in (text, text[:19], text[:10]):
        try:
            return datetime.fromisoformat(candidate).date()
        except ValueError:
            continue
    return None

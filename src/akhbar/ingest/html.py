"""HTML pages: the main text via trafilatura, plus what the page's own markup says about itself.

The reference text is the page text trafilatura extracts (``include_comments=False``,
``favor_precision=True``, so a «اقرأ أيضا» box inside ``<article>`` stays out), with the title
put first and a blank line after it unless the body already starts with it; ``title_span`` covers it.
When the precise mode finds nothing, one retry in the default mode keeps short pages.

Metadata comes only from explicit markup, passed on as strings: title (``og:title``, a single
``<h1>``, ``<title>``), author, canonical URL (``<link rel=canonical>``, ``og:url``), outlet
(``og:site_name``, JSON-LD publisher) and the published timestamp (``article:published_time``,
``datePublished``, ``<time datetime>``) with ``published_from="html-meta"``. No date is guessed from
prose here; ``ingest.metadata`` reads datelines.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from akhbar.errors import InputError
from akhbar.ingest.document import Document, Rejected
from akhbar.ingest.encoding import decode, read_capped, too_large

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from akhbar.ingest.readers import ReadOptions

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
#: Longest tail after " | " in a <title> still taken for a site name when the page does not name its site.
_SITE_WORDS = 4
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dcterms.created",
    "date",
)
_BLOCKS = frozenset(
    {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article"}
)


def read_html(path: Path, options: ReadOptions, *, name: str | None = None) -> Iterator[Document | Rejected]:
    """Yield the one document of a local HTML file (identity: its canonical URL, else its name)."""
    source = name or path.name
    data = read_capped(path, source, options.max_bytes)
    if isinstance(data, Rejected):
        yield data
        return
    yield read_html_bytes(data, source=source, url=None, options=options)


def read_html_bytes(
    data: bytes,
    *,
    source: str,
    url: str | None,
    options: ReadOptions,
    charset: str | None = None,
    crawled: str | None = None,
) -> Document | Rejected:
    """Turn one HTML page into a ``Document``, or a ``Rejected`` saying why it could not be.

    ``url`` is where the page was fetched from (WARC target, URL list) and becomes the identity;
    without it the canonical URL, else ``source``, is the identity. ``charset`` is an HTTP header's
    declaration, tried after UTF-8 and cp1256 detection like the page's own ``<meta charset>``.
    """
    if len(data) > options.max_bytes:
        return Rejected(source, too_large(len(data), options.max_bytes))
    declared = charset or _meta_charset(data)
    try:
        markup, encoding = decode(data, source=source, forced=options.encoding, declared=declared)
    except InputError as exc:
        return Rejected(source, str(exc).removeprefix(f"{source}: "))
    tree = _parse(markup)
    if tree is None:
        return Rejected(
            source, "not HTML that can be parsed (no elements); check that the file is a web page"
        )
    meta = page_metadata(tree)
    body = _extract(tree, markup, url)
    if not body or not body.strip():
        return Rejected(source, "HTML page with no article text (trafilatura found no main content)")
    title = meta.get("title")
    text, title_span = _compose(title, body)
    page_url = meta.get("url") or url
    return Document(
        source=source,
        text=text,
        identity=url or page_url or source,
        url=url or page_url,
        title=title,
        title_span=title_span,
        author=meta.get("author"),
        outlet=meta.get("outlet"),
        published=meta.get("published"),
        published_from="html-meta" if meta.get("published") else None,
        crawled=crawled,
        encoding=encoding,
    )


def page_metadata(tree: Any) -> dict[str, str]:
    """Title, author, url, outlet and published timestamp from a page's markup (absent keys: unknown)."""
    metas = _metas(tree)
    ld = _json_ld(tree)
    found = {
        "title": _trim_site(
            metas.get("og:title") or _single_h1(tree) or _first(tree.xpath("//title/text()")),
            metas.get("og:site_name"),
        ),
        "author": _author(metas, ld, tree),
        "url": _first(tree.xpath("//link[@rel='canonical']/@href")) or metas.get("og:url"),
        "outlet": metas.get("og:site_name") or _ld_name(ld.get("publisher")),
        "published": next((metas[k] for k in _PUBLISHED_META if metas.get(k)), None)
        or _ld_str(ld.get("datePublished"))
        or _first(tree.xpath("//time[@itemprop='datePublished']/@datetime | //time[@datetime]/@datetime")),
    }
    return {key: _SPACES.sub(" ", value).strip() for key, value in found.items() if value and value.strip()}


def html_to_text(fragment: str) -> str:
    """The text of a small HTML fragment (a feed summary), one line per block element.

    >>> html_to_text("<p>قال الوزير</p><p>إن الخطة <b>جاهزة</b></p>")
    'قال الوزير\\nإن الخطة جاهزة'
    """
    if "<" not in fragment:
        return fragment
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(root.itertext()).splitlines())
    return "\n".join(line for line in lines if line)


def _compose(title: str | None, body: str) -> tuple[str, tuple[int, int] | None]:
    """Title first, then a blank line, then the body, unless the body already opens with the title."""
    if not title:
        return body, None
    lead = body.lstrip()
    if _SPACES.sub(" ", lead[: len(title) + 20]).startswith(title):
        start = len(body) - len(lead)
        end = start + len(title)
        if body[start:end] == title:
            return body, (start, end)
    return f"{title}\n\n{body}", (0, len(title))


def _extract(tree: Any, markup: str, url: str | None) -> str | None:
    """Main text in precision mode, then (on a fresh tree: trafilatura prunes it) the default mode."""
    common: dict[str, Any] = {"url": url, "include_comments": False, "output_format": "txt"}
    text = trafilatura.extract(tree, favor_precision=True, **common)
    if not text:
        fresh = _parse(markup)
        text = trafilatura.extract(fresh, **common) if fresh is not None else None
    return text


def _parse(markup: str) -> Any:
    try:
        tree = lxml_html.document_fromstring(_XML_DECLARATION.sub("", markup, count=1))
    except (etree.ParserError, ValueError):
        return None
    return tree if len(tree) else None


def _meta_charset(data: bytes) -> str | None:
    found = _META_CHARSET.search(data[:4096])
    return found.group(1).decode("ascii") if found else None


def _metas(tree: Any) -> dict[str, str]:
    """``<meta>`` values keyed by ``property``, ``name`` or ``itemprop`` (first occurrence wins)."""
    out: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        value = meta.get("content")
        if key and value and value.strip():
            out.setdefault(key.strip().lower(), value)
    return out


def _json_ld(tree: Any) -> dict[str, Any]:
    """The first JSON-LD object describing an article (NewsArticle, Article, …), else the first object."""
    objects: list[dict[str, Any]] = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            value = json.loads(script.text or "")
        except ValueError:
            continue
        items = (
            value
            if isinstance(value, list)
            else value.get("@graph", [value])
            if isinstance(value, dict)
            else []
        )
        objects.extend(item for item in items if isinstance(item, dict))
    articles = [o for o in objects if "Article" in str(o.get("@type", "")) or "datePublished" in o]
    return articles[0] if articles else objects[0] if objects else {}


def _author(metas: dict[str, str], ld: dict[str, Any], tree: Any) -> str | None:
    for value in (metas.get("author"), metas.get("article:author"), _ld_name(ld.get("author"))):
        if value and not value.startswith(("http://", "https://")):
            return value
    rel = tree.xpath("//a[@rel='author']")
    return str(rel[0].text_content()) if rel else None


def _ld_name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return value if isinstance(value, str) else None


def _ld_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _single_h1(tree: Any) -> str | None:
    heads = tree.xpath("//h1")
    return str(heads[0].text_content()) if len(heads) == 1 else None


def _trim_site(title: str | None, site: str | None) -> str | None:
    """A title without its trailing `` | Site`` part.

    With a known site name any usual separator is cut; without one only a short tail after `` | ``
    (a pipe almost never sits inside an Arabic headline, a dash often does).
    """
    if not title:
        return title
    if site:
        for sep in (" | ", " - ", " – ", " — ", " :: "):
            head, _, tail = title.rpartition(sep)
            if head.strip() and site.strip() in tail:
                return head
    head, _, tail = title.rpartition(" | ")
    tail_words, head_words = len(tail.split()), len(head.split())
    if head_words >= 3 and tail_words <= _SITE_WORDS and tail_words < head_words:
        return head
    return title


def _first(values: list[Any]) -> str | None:
    return str(values[0]) if values else None

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from lxml import html as lxml_html

from akhbar.ingest.document import Document, Rejected
from akhbar.ingest.html import page_metadata, read_html, read_html_bytes
from akhbar.ingest.readers import ReadOptions

from .conftest import HEAD_META, PAGE_URL, PUBLISHED, SITE, TITLE, make_html

if TYPE_CHECKING:
    from pathlib import Path


def _read(markup: str) -> Document | Rejected:
    return read_html_bytes(markup.encode("utf-8"), source="page.html", url=None, options=ReadOptions())


def test_html_page_gives_main_text_and_markup_metadata(formats_dir: Path) -> None:
    [doc] = read_html(formats_dir / "page.html", ReadOptions(), name="formats/page.html")
    assert isinstance(doc, Document)
    assert doc.text.startswith(f"{TITLE}\nقال وزير الصحة اليوم الأحد")
    assert "الرئيسية" not in doc.text and "جميع الحقوق" not in doc.text
    assert (doc.title, doc.title_span) == (TITLE, (0, len(TITLE)))
    assert (doc.url, doc.identity) == (PAGE_URL, PAGE_URL)
    assert (doc.outlet, doc.author) == (SITE, "سارة أحمد")
    assert (doc.published, doc.published_from) == (PUBLISHED, "html-meta")


@pytest.mark.parametrize("site_suffix", [f" | {SITE}"])
def test_title_goes_first_when_the_body_does_not_start_with_it(site_suffix: str) -> None:
    doc = _read(make_html(h1=False, head=f'<meta property="og:site_name" content="{SITE}">'))
    assert isinstance(doc, Document)
    assert doc.title == TITLE  # the " | site" tail of <title> is cut
    assert doc.text.startswith(f"{TITLE}\n\nقال وزير الصحة")
    assert site_suffix not in doc.text
    assert doc.text[: doc.title_span[1]] == TITLE  # type: ignore[index]


@pytest.mark.parametrize(
    ("head", "field", "value"),
    [
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-03-14",'
            ' "author": {"name": "خالد علي"}, "publisher": {"name": "وكالة المثال"}}</script>',
            "published",
            "2024-03-14",
        ),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "author": [{"name": "خالد علي"}]}</script>',
            "author",
            "خالد علي",
        ),
        (
            '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "publisher": {"name": "وكالة المثال"}}]}</script>',
            "outlet",
            "وكالة المثال",
        ),
        (
            '<meta property="og:url" content="https://news.example/a?id=1">',
            "url",
            "https://news.example/a?id=1",
        ),
        ('<meta itemprop="datePublished" content="2024-03-13">', "published", "2024-03-13"),
    ],
)
def test_page_metadata_reads_explicit_markup(head: str, field: str, value: str) -> None:
    tree = lxml_html.document_fromstring(make_html(head=head))
    assert page_metadata(tree)[field] == value


@pytest.mark.parametrize(
    "markup", ['<html><body><time datetime="2024-03-12T09:00">الثلاثاء</time></body></html>']
)
def test_time_element_gives_the_published_date(markup: str) -> None:
    assert page_metadata(lxml_html.document_fromstring(markup))["published"] == "2024-03-12T09:00"


@pytest.mark.parametrize("prolog", ['<?xml version="1.0" encoding="utf-8"?>\n'])
def test_xhtml_with_an_xml_declaration_is_read(prolog: str) -> None:
    doc = _read(prolog + make_html())
    assert isinstance(doc, Document)
    assert doc.text.startswith(TITLE)


def test_cp1256_page_is_decoded(formats_dir: Path) -> None:
    [doc] = read_html(formats_dir / "page-cp1256.htm", ReadOptions())
    assert isinstance(doc, Document)
    assert (doc.encoding, doc.text[: len(TITLE)]) == ("cp1256", TITLE)


@pytest.mark.parametrize(
    ("markup", "reason"),
    [
        ("<html><body><div><span></div>", "HTML page with no article text"),
        ("", "not HTML that can be parsed"),
        ("<!-- only a comment -->", "not HTML that can be parsed"),
    ],
)
def test_html_without_text_is_rejected_with_a_reason(markup: str, reason: str) -> None:
    item = _read(markup)
    assert isinstance(item, Rejected)
    assert item.reason.startswith(reason)


def test_crawl_url_wins_over_the_canonical_one() -> None:
    doc = read_html_bytes(
        make_html(head=HEAD_META).encode(),
        source="x#1",
        url="https://news.example/?p=7",
        options=ReadOptions(),
    )
    assert isinstance(doc, Document)
    assert (doc.identity, doc.url) == ("https://news.example/?p=7", "https://news.example/?p=7")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("وزير الصحة يفتتح المستشفى | الصحيفة", "وزير الصحة يفتتح المستشفى"),
        ("وزير الصحة يفتتح المستشفى - بيان رسمي", "وزير الصحة يفتتح المستشفى - بيان رسمي"),
        ("أخبار | الصحيفة", "أخبار | الصحيفة"),
    ],
)
def test_title_tag_loses_a_short_site_tail_after_a_pipe(title: str, expected: str) -> None:
    markup = f"<html><head><title>{title}</title></head><body><p>نص</p></body></html>"
    assert page_metadata(lxml_html.document_fromstring(markup))["title"] == expected

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from akhbar.ingest.document import Document, Rejected
from akhbar.ingest.readers import ReadOptions
from akhbar.ingest.rss import read_feed

from .conftest import PAGE_URL, SITE, TITLE

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize(
    ("name", "body", "published"),
    [
        (
            "news.rss",
            "قال وزير الصحة اليوم إن المستشفى جاهز.\nوأضاف أن التسجيل مفتوح.",
            "Fri, 15 Mar 2024 10:00:00 +0300",
        ),
        ("news.atom", "قال الوزير إن المستشفى جاهز.", "2024-03-15T10:00:00Z"),
    ],
)
def test_feed_entry_becomes_a_document_with_markup_stripped(
    feeds_dir: Path, name: str, body: str, published: str
) -> None:
    doc = next(read_feed(feeds_dir / name, ReadOptions(), name=name))
    assert isinstance(doc, Document)
    assert doc.text == f"{TITLE}\n\n{body}"
    assert (doc.title_span, doc.url, doc.identity) == ((0, len(TITLE)), PAGE_URL, PAGE_URL)
    assert (doc.outlet, doc.published, doc.published_from, doc.source) == (
        SITE,
        published,
        "feed",
        f"{name}#1",
    )


def test_entry_without_text_is_rejected(feeds_dir: Path) -> None:
    items = list(read_feed(feeds_dir / "news.rss", ReadOptions(), name="news.rss"))
    assert items[1] == Rejected("news.rss#2", "entry 2: no content or summary text")


def test_malformed_feed_still_yields_what_parsed(feeds_dir: Path) -> None:
    first = next(read_feed(feeds_dir / "broken.xml", ReadOptions()))
    assert isinstance(first, Document) and first.title == TITLE


@pytest.mark.parametrize("name", ["nothing.rss"])
def test_feed_without_entries_is_rejected(feeds_dir: Path, name: str) -> None:
    [item] = read_feed(feeds_dir / name, ReadOptions())
    assert isinstance(item, Rejected) and item.reason.startswith("not an RSS/Atom feed with entries")

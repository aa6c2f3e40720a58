from __future__ import annotations

import gzip
from typing import TYPE_CHECKING

import pytest

from akhbar.ingest.document import Document, Rejected
from akhbar.ingest.readers import ReadOptions
from akhbar.ingest.warc import read_warc

from .conftest import PAGE_URL, PUBLISHED, TITLE, make_html, write_warc

if TYPE_CHECKING:
    from pathlib import Path


def test_warc_yields_html_200_responses_and_skips_other_records(formats_dir: Path) -> None:
    docs = list(read_warc(formats_dir / "crawl.warc.gz", ReadOptions(), name="crawl.warc.gz"))
    assert all(isinstance(d, Document) for d in docs)
    assert [(d.identity, d.encoding) for d in docs] == [(PAGE_URL, "utf-8"), (f"{PAGE_URL}-cp", "cp1256")]  # type: ignore[union-attr]
    first = docs[0]
    assert isinstance(first, Document)
    assert first.source.startswith("crawl.warc.gz#")
    assert (first.crawled, first.published) == ("2024-03-16T08:00:00Z", PUBLISHED)
    assert first.text.startswith(TITLE)


def test_truncated_warc_yields_the_pages_before_the_break_then_names_the_offset(bad_dir: Path) -> None:
    items = list(read_warc(bad_dir / "broken.warc.gz", ReadOptions(), name="broken.warc.gz"))
    assert [type(i).__name__ for i in items] == ["Document", "Document", "Rejected"]
    last = items[-1]
    assert isinstance(last, Rejected)
    assert last.source == "broken.warc.gz"
    assert last.reason.startswith("WARC broken at byte offset ")


@pytest.mark.parametrize("junk", [b"this is not a WARC record header\r\n\r\n" * 3])
def test_garbage_between_records_stops_the_file_with_a_reason(tmp_path: Path, junk: bytes) -> None:
    good = write_warc(tmp_path / "a.warc.gz", [(PAGE_URL, "200 OK", make_html().encode(), "text/html")])
    path = tmp_path / "b.warc.gz"
    path.write_bytes(good.read_bytes() + gzip.compress(junk))
    items = list(read_warc(path, ReadOptions()))
    assert isinstance(items[0], Document)
    assert isinstance(items[-1], Rejected)
    assert "WARC broken at byte offset" in items[-1].reason


def test_warc_without_html_pages_is_rejected(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "img.warc.gz", [(PAGE_URL, "200 OK", b"GIF89a", "image/gif")])
    assert list(read_warc(path, ReadOptions())) == [
        Rejected("img.warc.gz", "no HTML pages in this WARC (no status-200 text/html response records)")
    ]


@pytest.mark.parametrize("limit", [500])
def test_record_over_max_bytes_is_rejected_and_the_rest_read(tmp_path: Path, limit: int) -> None:
    small = (
        b"<html><body><article><p>"
        + "قال الوزير إن الخطة جاهزة. ".encode() * 3
        + b"</p></article></body></html>"
    )
    path = write_warc(
        tmp_path / "c.warc.gz",
        [
            (f"{PAGE_URL}-big", "200 OK", make_html().encode(), "text/html"),
            (PAGE_URL, "200 OK", small, "text/html"),
        ],
    )
    items = list(read_warc(path, ReadOptions(max_bytes=limit)))
    assert isinstance(items[0], Rejected) and "--max-bytes 500" in items[0].reason
    assert isinstance(items[1], Document) and items[1].text.startswith("قال الوزير")

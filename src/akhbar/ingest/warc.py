"""WARC (and ARC) crawl archives: every HTML page the crawler stored becomes a document.

Records stream through warcio's ``ArchiveIterator``, one at a time, so a multi-GB archive never sits in
memory. A ``response`` record with HTTP status 200 and an HTML content type (or a ``resource`` record
with one) goes through ``html.read_html_bytes`` with ``url`` = ``WARC-Target-URI`` (the identity) and
``crawled`` = ``WARC-Date``; request, metadata, revisit, redirect and non-HTML records are skipped
silently. A document's ``source`` is ``<file>#<byte offset of its record>`` (compressed offset for
``.warc.gz``). A broken or truncated archive yields the documents before the break, then one
``Rejected`` naming the offset where reading stopped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from warcio.archiveiterator import ArchiveIterator

from akhbar.ingest.document import Document, Rejected
from akhbar.ingest.encoding import too_large
from akhbar.ingest.html import read_html_bytes

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from akhbar.ingest.readers import ReadOptions

log = logging.getLogger(__name__)


def read_warc(path: Path, options: ReadOptions, *, name: str | None = None) -> Iterator[Document | Rejected]:
    """Yield a document (or a per-record ``Rejected``) for each HTML page in a WARC/ARC file."""
    source = name or path.name
    yielded = False
    end = 0
    with path.open("rb") as stream:
        records = ArchiveIterator(stream, arc2warc=True)
        try:
            for record in records:
                page = _page(record, options)
                # warcio knows a record's offset only once its content has been read
                offset = records.get_record_offset()
                end = offset + records.get_record_length()
                if page is not None:
                    yielded = True
                    yield _guarded(page, f"{source}#{offset}", options)
        except Exception as exc:  # warcio raises several types for a damaged stream
            yield Rejected(
                source,
                f"WARC broken at byte offset {end} ({type(exc).__name__}: {exc}); the records before it "
                "were read. Re-download the archive or cut it at that offset.",
            )
            return
    if not yielded:
        yield Rejected(source, "no HTML pages in this WARC (no status-200 text/html response records)")


@dataclass(frozen=True, slots=True)
class _Page:
    data: bytes
    url: str | None
    charset: str | None
    crawled: str | None


def _page(record: Any, options: ReadOptions) -> _Page | None:
    """The content of an HTML page record (capped at ``max_bytes + 1``), or ``None`` for other records."""
    content_type = _html_content_type(record)
    if content_type is None:
        return None
    data = record.content_stream().read(options.max_bytes + 1)
    if len(data) <= options.max_bytes and getattr(record.raw_stream, "limit", 0) > 0:
        # the content ended before the record's Content-Length: the file stops inside this record
        raise EOFError(f"record ends {record.raw_stream.limit} bytes short of its Content-Length")
    return _Page(
        data=data,
        url=record.rec_headers.get_header("WARC-Target-URI") or None,
        charset=_charset(content_type),
        crawled=record.rec_headers.get_header("WARC-Date"),
    )


def _guarded(page: _Page, source: str, options: ReadOptions) -> Document | Rejected:
    """One page; an error inside it rejects that record only."""
    if len(page.data) > options.max_bytes:
        return Rejected(source, too_large(len(page.data), options.max_bytes))
    try:
        return read_html_bytes(
            page.data,
            source=source,
            url=page.url,
            options=options,
            charset=page.charset,
            crawled=page.crawled,
        )
    except Exception as exc:  # a page that breaks the HTML step must not stop the archive
        log.warning("%s: record failed", source, exc_info=True)
        return Rejected(source, f"record could not be read ({type(exc).__name__}: {exc})")


def _html_content_type(record: Any) -> str | None:
    """The content type of an HTML page record, or ``None`` for any record that is not one."""
    if record.rec_type == "response":
        if record.http_headers is None or record.http_headers.get_statuscode() != "200":
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    return content_type if "html" in content_type.lower() else None


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None

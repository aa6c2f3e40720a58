"""Plain-text pages: one file, one article; the first non-blank line is offered as the headline.

Crawled text dumps (and the seeds) usually put the page title on the first line, so ``title_span``
covers that line without its surrounding blanks; when it is a date widget, a breadcrumb or a
masthead instead, cleaning (``ingest.clean``) rejects it and picks the headline further down. The decoded file is the reference text, whole. The
identity is the name the walk gives the file (its path relative to the ingested folder's parent),
never the absolute path, so moving the corpus keeps article ids.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akhbar.ingest.document import Document, Rejected
from akhbar.ingest.encoding import decode, read_capped

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from akhbar.ingest.readers import ReadOptions


def read_text(path: Path, options: ReadOptions, *, name: str | None = None) -> Iterator[Document | Rejected]:
    """Yield the one document of a text file, or a ``Rejected`` (too large, empty, not decodable).

    ``title`` stays ``None``: the first line is only where a headline usually is (it may be a
    breadcrumb or a date widget), so cleaning decides from ``title_span``.
    """
    source = name or path.name
    data = read_capped(path, source, options.max_bytes)
    if isinstance(data, Rejected):
        yield data
        return
    text, encoding = decode(data, source=source, forced=options.encoding)
    if not text.strip():
        yield Rejected(source, "empty file")
        return
    span = first_line_span(text)
    yield Document(
        source=source,
        text=text,
        identity=source,
        title_span=span,
        encoding=encoding,
    )


def first_line_span(text: str) -> tuple[int, int] | None:
    """Offsets of the first non-blank line, without its leading and trailing whitespace.

    >>> t = "\\n  وزير الخارجية يزور القاهرة \\nنص الخبر"
    >>> s = first_line_span(t)
    >>> t[s[0] : s[1]]
    'وزير الخارجية يزور القاهرة'
    """
    start = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lead = start + line.index(stripped[0])
            return lead, lead + len(stripped)
        start += len(line)
    return None

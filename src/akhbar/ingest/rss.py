"""RSS and Atom feeds saved as files: each entry with some text becomes a document.

feedparser reads the file (it handles the feed's own encoding declaration). An entry's text is its
``content`` when present, else its ``summary``, with markup turned into lines by ``html.html_to_text``;
the title goes first with a blank line after it (``title_span``). ``published`` is the entry's raw
``published``/``updated`` string with ``published_from="feed"``; the outlet is the feed's title.
``source`` is ``<file>#<entry number>``, the identity the entry's link (else its id, else the source).
A malformed feed (feedparser's ``bozo``) still yields what parsed; a file with no entries is rejected.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import feedparser

from akhbar.ingest.document import Document, Rejected
from akhbar.ingest.encoding import read_capped
from akhbar.ingest.html import html_to_text

if TYPE_CHECKING:
    from pathlib import Path

    from akhbar.ingest.readers import ReadOptions


def read_feed(path: Path, options: ReadOptions, *, name: str | None = None) -> Iterator[Document | Rejected]:
    """Yield a document (or a ``Rejected``) for each entry of an RSS/Atom file."""
    source = name or path.name
    data = read_capped(path, source, options.max_bytes)
    if isinstance(data, Rejected):
        yield data
        return
    feed = feedparser.parse(data)
    entries = list(feed.entries)
    if not entries:
        problem = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        yield Rejected(source, f"not an RSS/Atom feed with entries{problem}; check that the file is a feed")
        return
    outlet = _text(feed.feed.get("title"))
    for number, entry in enumerate(entries, start=1):
        yield from_entry(entry, source=f"{source}#{number}", number=number, outlet=outlet)


def from_entry(
    entry: Mapping[str, Any], *, source: str, number: int, outlet: str | None
) -> Document | Rejected:
    """One feed entry as a ``Document``; an entry without content or summary is rejected."""
    body = _entry_body(entry)
    if not body.strip():
        return Rejected(source, f"entry {number}: no content or summary text")
    title = _text(entry.get("title"))
    text, span = body, None
    if title:
        title = html_to_text(title).replace("\n", " ")
        text, span = f"{title}\n\n{body}", (0, len(title))
    link = _text(entry.get("link"))
    published = _text(entry.get("published")) or _text(entry.get("updated"))
    return Document(
        source=source,
        text=text,
        identity=link or _text(entry.get("id")) or source,
        url=link,
        title=title,
        title_span=span,
        author=_text(entry.get("author")),
        outlet=outlet,
        published=published,
        published_from="feed" if published else None,
    )


def _entry_body(entry: Mapping[str, Any]) -> str:
    contents = entry.get("content") or []
    values = [c.get("value", "") for c in contents if isinstance(c, Mapping)]
    raw = next((v for v in values if v and v.strip()), "") or _text(entry.get("summary")) or ""
    return html_to_text(raw)


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None

"""URL lists: a text file with one URL a line (``#`` starts a comment); each page is fetched and read.

This is the one reader that goes to the network, and only because the user handed it URLs. Pages are
fetched with httpx (``ReadOptions.timeout`` per request, redirects followed, User-Agent
``akhbar/0.1``), capped at ``max_bytes`` while streaming, and read by ``html.read_html_bytes`` with
the final URL as the identity. A bad line, an HTTP error status, a timeout or a non-HTML response is a
``Rejected`` naming the URL; the list goes on.
"""

from __future__ import annotations

from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

import httpx

from akhbar.ingest.document import Document, Rejected
from akhbar.ingest.encoding import decode, read_capped, too_large
from akhbar.ingest.html import read_html_bytes

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from akhbar.ingest.readers import ReadOptions

USER_AGENT = "akhbar/0.1 (Arabic news reader; +https://github.com/akhbar)"


def read_urls(path: Path, options: ReadOptions, *, name: str | None = None) -> Iterator[Document | Rejected]:
    """Fetch every URL listed in ``path`` and yield its document or a ``Rejected``."""
    source = name or path.name
    data = read_capped(path, source, options.max_bytes)
    if isinstance(data, Rejected):
        yield data
        return
    text, _ = decode(data, source=source, forced=options.encoding)
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"}
    with httpx.Client(timeout=options.timeout, follow_redirects=True, headers=headers) as client:
        for number, line in enumerate(text.splitlines(), start=1):
            url = line.strip()
            if not url or url.startswith("#"):
                continue
            if not url.startswith(("http://", "https://")):
                yield Rejected(f"{source}#{number}", f"line {number}: {url!r} is not an http(s) URL")
                continue
            yield fetch_page(client, url, options)


def fetch_page(client: httpx.Client, url: str, options: ReadOptions) -> Document | Rejected:
    """Fetch one page and read it; every failure is a ``Rejected`` whose source is the URL."""
    try:
        with client.stream("GET", url) as response:
            if response.status_code != httpx.codes.OK:
                return Rejected(url, f"HTTP {response.status_code} {response.reason_phrase} from {url}")
            content_type = response.headers.get("content-type", "")
            if content_type and "html" not in content_type.lower():
                return Rejected(url, f"{url} is {content_type.split(';')[0]}, not an HTML page")
            data = bytearray()
            for chunk in response.iter_bytes():
                data.extend(chunk)
                if len(data) > options.max_bytes:
                    return Rejected(url, too_large(len(data), options.max_bytes))
            final = str(response.url)
            charset = response.charset_encoding
            crawled = _http_date(response.headers.get("date"))
    except httpx.TimeoutException:
        return Rejected(
            url, f"no answer from {url} within {options.timeout:g} s; try again later or raise the timeout"
        )
    except httpx.HTTPError as exc:
        return Rejected(url, f"could not fetch {url} ({type(exc).__name__}: {exc})")
    return read_html_bytes(
        bytes(data), source=url, url=final, options=options, charset=charset, crawled=crawled
    )


def _http_date(value: str | None) -> str | None:
    """The server's ``Date`` header as ISO 8601 (the crawl time), or ``None``."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None

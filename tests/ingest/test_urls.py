from __future__ import annotations

import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, ClassVar

import pytest

from akhbar.ingest.document import Document, Rejected
from akhbar.ingest.readers import ReadOptions
from akhbar.ingest.urls import USER_AGENT, read_urls

from .conftest import HEAD_META, PAGE_URL, TITLE, make_html

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

#: path → (status, content type, body); canned like trafilatura's CANNED_RESPONSES
CANNED = {
    "/article": (200, "text/html; charset=utf-8", make_html(head=HEAD_META).encode()),
    "/old": (301, "text/html", b""),
    "/missing": (404, "text/html", b"<html><body>not here</body></html>"),
    "/logo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n"),
}


class _Handler(BaseHTTPRequestHandler):
    agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/slow":
            time.sleep(0.6)
        status, content_type, body = CANNED.get(self.path, (200, "text/html", b"<html></html>"))
        self.send_response(status)
        if status == 301:
            self.send_header("Location", "/article")
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError):  # the client timed out, as the test wanted
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _read(tmp_path: Path, lines: list[str]) -> list[Document | Rejected]:
    path = tmp_path / "list.urls"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return list(read_urls(path, ReadOptions(timeout=0.3), name="list.urls"))


def test_listed_page_is_fetched_politely_and_read_as_html(tmp_path: Path, server: str) -> None:
    [doc] = _read(tmp_path, ["# today's pages", "", f"{server}/article"])
    assert isinstance(doc, Document)
    assert doc.text.startswith(TITLE)
    assert (doc.identity, doc.url, doc.source) == (
        f"{server}/article",
        f"{server}/article",
        f"{server}/article",
    )
    assert doc.crawled is not None and doc.published_from == "html-meta"
    assert USER_AGENT in _Handler.agents and doc.url != PAGE_URL


def test_redirect_is_followed_and_the_final_url_is_the_identity(tmp_path: Path, server: str) -> None:
    [doc] = _read(tmp_path, [f"{server}/old"])
    assert isinstance(doc, Document) and doc.identity == f"{server}/article"


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP 404 Not Found from {url}"),
        ("/logo.png", "{url} is image/png, not an HTML page"),
        ("/slow", "no answer from {url} within 0.3 s; try again later or raise the timeout"),
    ],
)
def test_http_errors_and_timeouts_are_rejections_naming_the_url(
    tmp_path: Path, server: str, path: str, reason: str
) -> None:
    url = f"{server}{path}"
    assert _read(tmp_path, [url]) == [Rejected(url, reason.format(url=url))]


@pytest.mark.parametrize(
    ("line", "reason"), [("ftp://example.org/a", "line 1: 'ftp://example.org/a' is not an http(s) URL")]
)
def test_a_line_that_is_not_a_url_is_rejected(tmp_path: Path, line: str, reason: str) -> None:
    assert _read(tmp_path, [line]) == [Rejected("list.urls#1", reason)]


def test_unreachable_host_is_a_rejection(tmp_path: Path) -> None:
    [item] = _read(tmp_path, ["http://127.0.0.1:9/none"])
    assert isinstance(item, Rejected) and item.reason.startswith("could not fetch http://127.0.0.1:9/none")

"""Session fixtures for the readers: every format and encoding variant, and every kind of bad input,
generated from one small handwritten article (as huggingface/datasets' ``tests/fixtures/files.py`` does).
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
from typing import TYPE_CHECKING

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

if TYPE_CHECKING:
    from pathlib import Path

TITLE = "وزارة الصحة تفتتح مستشفى جديدا في المدينة"
BODY = (
    "قال وزير الصحة اليوم الأحد إن المستشفى الجديد سيستقبل المرضى اعتبارا من الشهر المقبل.\n"
    "وأضاف الوزير أن المستشفى يضم مئتي سرير، وأن العمل فيه بدأ قبل عامين بتمويل حكومي كامل.\n"
    "وأوضح أن الوزارة ستعين أطباء جددا في الأقسام كلها خلال الأسابيع القادمة، وأن التسجيل مفتوح.\n"
)
ARTICLE = f"{TITLE}\n{BODY}"
PUBLISHED = "2024-03-15T10:00:00+03:00"
PAGE_URL = "https://news.example/2024/03/hospital"
SITE = "صحيفة المثال"

ENCODINGS = {
    "utf8.txt": ARTICLE.encode("utf-8"),
    "utf8-bom.txt": codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
    "utf16le-bom.txt": codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"),
    "utf16be-bom.txt": codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
    "utf16le.txt": ARTICLE.encode("utf-16-le"),
    "cp1256.txt": ARTICLE.encode("cp1256"),
}


def make_html(
    *,
    title: str = TITLE,
    body: str = BODY,
    head: str = "",
    charset: str = "utf-8",
    h1: bool = True,
) -> str:
    """A news page: head metadata, a nav bar, the article (h1 + paragraphs) and a footer."""
    paragraphs = "".join(f"<p>{line}</p>" for line in body.splitlines() if line)
    heading = f"<h1>{title}</h1>" if h1 else ""
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="{charset}">'
        f"<title>{title} | {SITE}</title>{head}</head><body>"
        '<nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>'
        f"<article>{heading}{paragraphs}</article>"
        "<footer>جميع الحقوق محفوظة</footer></body></html>"
    )


HEAD_META = (
    f'<meta property="og:site_name" content="{SITE}">'
    f'<meta property="article:published_time" content="{PUBLISHED}">'
    '<meta name="author" content="سارة أحمد">'
    f'<link rel="canonical" href="{PAGE_URL}">'
)


def jsonl_records() -> list[dict[str, str]]:
    return [
        {
            "id": "r-1",
            "url": f"{PAGE_URL}-1",
            "title": TITLE,
            "content": BODY,
            "source": "almithal",
            "date_extracted": "2015-07-21 02:51:32",
            "author": "سارة أحمد",
        },
        {"id": "r-2", "url": f"{PAGE_URL}-2", "title": "عنوان فقط", "content": "  ", "source": "almithal"},
        {
            "id": "r-3",
            "url": "",
            "title": "",
            "content": " خبر بلا عنوان يبدأ بمسافة.\n",
            "source": "almithal",
        },
    ]


def write_warc(path: Path, pages: list[tuple[str, str, bytes, str]]) -> Path:
    """A gzip WARC with a request record first, then one response per ``(url, status, body, content type)``."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    request = writer.create_warc_record(pages[0][0], "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
    writer.write_record(request)
    for url, status, body, content_type in pages:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2024-03-16T08:00:00Z"},
        )
        writer.write_record(record)
    path.write_bytes(buffer.getvalue())
    return path


@pytest.fixture(scope="session")
def formats_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder with each good variant: encodings, HTML, JSONL(.gz), WARC, RSS, Atom."""
    root = tmp_path_factory.mktemp("formats")
    for name, data in ENCODINGS.items():
        (root / name).write_bytes(data)
    (root / "page.html").write_text(make_html(head=HEAD_META), encoding="utf-8")
    (root / "page-cp1256.htm").write_bytes(make_html(charset="windows-1256").encode("cp1256"))
    lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in jsonl_records()) + "\n"
    (root / "dump.jsonl").write_text(lines, encoding="utf-8")
    (root / "dump.jsonl.gz").write_bytes(gzip.compress(lines.encode("utf-8")))
    write_warc(
        root / "crawl.warc.gz",
        [
            (PAGE_URL, "200 OK", make_html(head=HEAD_META).encode(), "text/html; charset=utf-8"),
            (f"{PAGE_URL}/missing", "404 Not Found", b"<html><body>404</body></html>", "text/html"),
            (f"{PAGE_URL}/logo.png", "200 OK", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
            (f"{PAGE_URL}-cp", "200 OK", make_html(charset="windows-1256").encode("cp1256"), "text/html"),
        ],
    )
    return root


RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{SITE}</title><link>https://news.example/</link>
<item><title>{TITLE}</title><link>{PAGE_URL}</link><pubDate>Fri, 15 Mar 2024 10:00:00 +0300</pubDate>
<description><![CDATA[<p>قال وزير الصحة اليوم إن المستشفى <b>جاهز</b>.</p><p>وأضاف أن التسجيل مفتوح.</p>]]></description></item>
<item><title>خبر بلا نص</title><link>{PAGE_URL}-empty</link><description></description></item>
</channel></rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{SITE}</title><id>urn:feed</id><updated>2024-03-15T10:00:00Z</updated>
<entry><title>{TITLE}</title><id>urn:entry:1</id><link href="{PAGE_URL}"/><published>2024-03-15T10:00:00Z</published>
<updated>2024-03-15T10:00:00Z</updated><content type="html">&lt;p&gt;قال الوزير إن المستشفى جاهز.&lt;/p&gt;</content></entry>
</feed>
"""


@pytest.fixture(scope="session")
def feeds_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("feeds")
    (root / "news.rss").write_text(RSS, encoding="utf-8")
    (root / "news.atom").write_text(ATOM, encoding="utf-8")
    (root / "broken.xml").write_text(
        RSS[: RSS.index("<item><title>خبر")] + "<item><title>نص مقطوع", encoding="utf-8"
    )
    (root / "nothing.rss").write_text("<rss><channel><title>x</title></channel></rss>", encoding="utf-8")
    return root


#: Bad inputs and the words their rejection reason must contain.
BAD_INPUTS: dict[str, str] = {
    "truncated.jsonl.gz": "compressed stream broken",
    "broken.warc.gz": "WARC broken at byte offset",
    "broken.html": "no article text",
    "junk.bin": "unknown format",
    "junk.txt": "binary data",
    "empty.txt": "empty file",
    "blank.txt": "empty file",
    "latin1.txt": "not UTF-8, UTF-16 or cp1256",
    "mixed.jsonl": "not valid JSON",
}


@pytest.fixture(scope="session")
def bad_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Each bad input next to one good file; see ``BAD_INPUTS``."""
    root = tmp_path_factory.mktemp("bad")
    (root / "good.txt").write_text(ARTICLE, encoding="utf-8")
    good = [
        json.dumps({"url": f"{PAGE_URL}-{i}", "title": TITLE, "content": BODY}, ensure_ascii=False)
        for i in range(40)
    ]
    packed = gzip.compress(("\n".join(good) + "\n").encode("utf-8"))
    (root / "truncated.jsonl.gz").write_bytes(packed[: len(packed) * 2 // 3])
    pages = [(f"{PAGE_URL}-{i}", "200 OK", make_html(head=HEAD_META).encode(), "text/html") for i in range(3)]
    whole = write_warc(root / "whole.warc.gz", pages).read_bytes()
    (root / "whole.warc.gz").unlink()
    (root / "broken.warc.gz").write_bytes(whole[: len(whole) - 200])
    (root / "broken.html").write_text(
        "<html><head><title></title></head><body><div><span></div>", encoding="utf-8"
    )
    (root / "junk.bin").write_bytes(bytes(range(256)) * 8)
    (root / "junk.txt").write_bytes(b"\x00\x01\x02\x03text" * 100)
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    (root / "latin1.txt").write_bytes(
        "Le ministre a annoncé à Paris une réforme économique.".encode("latin-1")
    )
    lines = [good[0], "{not json", good[1], '["a list"]', ""]
    (root / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / ".hidden.txt").write_text("مخفي", encoding="utf-8")
    (root / "README.md").write_text("# notes", encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def huge_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 50 MB text file, written only when a test asks for it."""
    path = tmp_path_factory.mktemp("huge") / "huge.txt"
    line = (BODY.splitlines()[0] + "\n").encode("utf-8")
    with path.open("wb") as stream:
        for _ in range(50_000_000 // (len(line) * 1000) + 1):
            stream.write(line * 1000)
    return path

"""JSON Lines dumps (plain or gzip), and small JSON array files: one record, one article.

Lines stream one at a time (``readline`` with a cap, so one huge line cannot fill memory). Which field
holds what comes from ``ReadOptions.field_map`` (defaults fit SaudiNewsNet); when a mapped field is
absent from a record, a few common names are tried (``text``/``body``, ``headline``, ``link``,
``date_published`` …). The reference text is ``title + "\\n\\n" + content`` when there is a title
(``title_span`` covers it), else the content, always exactly as stored: no strip.

``source`` is ``<file>#<line>`` (1-based; ``#<index>`` for JSON arrays). The identity is the record's
URL, else ``<file>#<id field>``, else the source. A bad line, a record with empty content and a gzip
stream that ends early each yield a ``Rejected``; the records around them are still read.
"""

from __future__ import annotations

import gzip
import itertools
import json
import re
import zlib
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, cast

from akhbar.ingest.document import Document, Rejected
from akhbar.ingest.encoding import read_capped, too_large

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping
    from pathlib import Path

    from akhbar.ingest.readers import ReadOptions

#: The default ``field_map``: SaudiNewsNet's fields. ``date_extracted`` is when the page was crawled.
SAUDINEWSNET_FIELDS: Mapping[str, str] = {
    "text": "content",
    "title": "title",
    "url": "url",
    "published": "published",
    "crawled": "date_extracted",
    "outlet": "source",
    "author": "author",
    "id": "id",
}
_FALLBACKS: Mapping[str, tuple[str, ...]] = {
    "text": ("content", "text", "body", "article", "maintext"),
    "title": ("title", "headline"),
    "url": ("url", "link", "source_url"),
    "published": ("published", "date_published", "datePublished", "publish_date", "pub_date", "date"),
    "crawled": ("date_extracted", "crawled", "crawl_date", "date_download"),
    "outlet": ("source", "outlet", "site_name", "sitename", "source_domain"),
    "author": ("author", "authors", "byline"),
    "id": ("id", "_id", "doc_id"),
}
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class LineBlock:
    """Lines ``first`` to ``stop - 1`` of a JSON Lines file, line ``first`` starting at byte ``offset``
    of the (decompressed) stream; ``stop=None`` reads to the end. Lets the Spark job read one big dump
    in several tasks while every record keeps the source (``dump.jsonl.gz#17``) a whole read gives it."""

    first: int = 1
    offset: int = 0
    stop: int | None = None


def read_jsonl(
    path: Path, options: ReadOptions, *, name: str | None = None, block: LineBlock | None = None
) -> Iterator[Document | Rejected]:
    """Yield a document or a ``Rejected`` for each line of a ``.jsonl``/``.jsonl.gz`` file (or of ``block``)."""
    source = name or path.name
    part = block or LineBlock()
    with _open(path) as stream:
        if part.offset:
            stream.seek(part.offset)  # a gzip stream seeks forward by decompressing: no random access
        number = part.first - 1
        try:
            while part.stop is None or number + 1 < part.stop:
                line = stream.readline(options.max_bytes + 1)
                if not line:
                    break
                number += 1
                if len(line) > options.max_bytes and not line.endswith(b"\n"):
                    _skip_line(stream)
                    yield Rejected(
                        f"{source}#{number}", f"line {number}: {too_large(len(line), options.max_bytes)}"
                    )
                    continue
                if line.strip():
                    yield _from_line(line, number, source, options)
        except (EOFError, OSError, zlib.error) as exc:
            yield Rejected(
                source,
                f"compressed stream broken after line {number} ({exc}); the lines before it were read. "
                "Re-download or re-compress the file.",
            )


def line_blocks(path: Path, size: int) -> list[LineBlock]:
    """Cut a JSON Lines file into blocks of ``size`` lines that ``read_jsonl`` reads separately.

    Lines are counted as ``read_jsonl`` numbers them (one per physical line, blank or too long ones
    included), reading the file once in capped pieces, so no line has to fit in memory. The last block
    is open-ended: it reads to the end and so is the one that reports a compressed stream broken
    part-way (the count stops there too).
    """
    starts = [LineBlock()]
    number = position = 0
    with _open(path) as stream:
        try:
            while piece := stream.readline(_CHUNK):
                position += len(piece)
                if piece.endswith(b"\n"):
                    number += 1
                    if number % size == 0:
                        starts.append(LineBlock(first=number + 1, offset=position))
        except (EOFError, OSError, zlib.error):
            pass
        else:
            if len(starts) > 1 and starts[-1].offset == position:
                starts.pop()  # the file ends on a block boundary: no empty block after it
    blocks = [LineBlock(b.first, b.offset, nxt.first) for b, nxt in itertools.pairwise(starts)]
    return [*blocks, starts[-1]]


def read_json(path: Path, options: ReadOptions, *, name: str | None = None) -> Iterator[Document | Rejected]:
    """Yield the records of a JSON file holding one object or an array of them (read whole, capped)."""
    source = name or path.name
    data = read_capped(path, source, options.max_bytes, advice=" (or convert it to JSON Lines)")
    if isinstance(data, Rejected):
        yield data
        return
    try:
        value = json.loads(data.decode(options.encoding or "utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as exc:
        yield Rejected(source, f"not valid JSON ({exc}); fix the file or convert it to JSON Lines")
        return
    records = value if isinstance(value, list) else [value]
    for index, record in enumerate(records, start=1):
        where = f"{source}#{index}"
        if isinstance(record, dict):
            yield from_record(record, number=index, source=where, file=source, options=options)
        else:
            yield Rejected(where, f"record {index}: a JSON {type(record).__name__}, not an object")


def from_record(
    record: Mapping[str, Any], *, number: int, source: str, file: str, options: ReadOptions
) -> Document | Rejected:
    """One JSON object as a ``Document``; empty content is a ``Rejected`` naming the record."""
    values = {key: _field(record, key, options.field_map) for key in _FALLBACKS}
    content = values["text"]
    if content is None:
        wanted = options.field_map.get("text", "content")
        keys = ", ".join(sorted(record)[:12])
        return Rejected(source, f"record {number}: no {wanted!r} field (fields: {keys}); map the text field")
    if not content.strip():
        detail = " (title only)" if (values["title"] or "").strip() else ""
        return Rejected(source, f"record {number}: empty content{detail}")
    title = values["title"]
    text, span = content, None
    if title and title.strip():
        text = f"{title}\n\n{content}"
        lead = len(title) - len(title.lstrip())
        span = (lead, lead + len(title.strip()))
    url = (values["url"] or "").strip() or None
    record_id = (values["id"] or "").strip()
    return Document(
        source=source,
        text=text,
        identity=url or (f"{file}#{record_id}" if record_id else source),
        url=url,
        title=title.strip() if title and title.strip() else None,
        title_span=span,
        author=_blank_none(values["author"]),
        outlet=_blank_none(values["outlet"]),
        published=_blank_none(values["published"]),
        published_from="record" if _blank_none(values["published"]) else None,
        crawled=_blank_none(values["crawled"]),
        encoding="utf-8",
        fields={
            k: str(v) for k, v in record.items() if isinstance(v, str | int | float) and len(str(v)) < 200
        },
    )


def _from_line(line: bytes, number: int, source: str, options: ReadOptions) -> Document | Rejected:
    where = f"{source}#{number}"
    try:
        record = json.loads(line.decode(options.encoding or "utf-8").removeprefix("\ufeff"))
    except UnicodeDecodeError as exc:
        return Rejected(
            where, f"line {number}: not UTF-8 (bad byte at {exc.start}); JSON Lines must be UTF-8"
        )
    except ValueError as exc:
        return Rejected(where, f"line {number}: not valid JSON ({exc})")
    if not isinstance(record, dict):
        return Rejected(where, f"line {number}: a JSON {type(record).__name__}, not an object")
    return from_record(record, number=number, source=where, file=source, options=options)


def _field(record: Mapping[str, Any], key: str, field_map: Mapping[str, str]) -> str | None:
    """The record's value for ``key``: the mapped field first, then the common names."""
    names = (field_map[key], *_FALLBACKS[key]) if key in field_map else _FALLBACKS[key]
    for name in names:
        value = record.get(name)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if isinstance(v, str | int))
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            return _LONE_SURROGATE.sub("\ufffd", str(value))
    return None


# JSON may escape half a UTF-16 pair ("\\ud800"); such a string cannot be stored or encoded as UTF-8,
# so each lone half becomes U+FFFD, the replacement character a decoder would have given.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _blank_none(value: str | None) -> str | None:
    return value.strip() or None if value else None


def _open(path: Path) -> IO[bytes]:
    """The file's bytes, gunzipped when it starts with the gzip magic (whatever its suffix says)."""
    with path.open("rb") as probe:
        magic = probe.read(2)
    if magic == b"\x1f\x8b":
        return cast("IO[bytes]", gzip.GzipFile(path, "rb"))
    return path.open("rb")


def _skip_line(stream: IO[bytes]) -> None:
    while True:
        chunk = stream.readline(_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return

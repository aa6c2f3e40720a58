"""Which reader reads which input, and the walk over files and folders that never stops on a bad one.

``READERS`` is a plain dict, file-name suffix → reader; the longest matching suffix wins
(``crawl.warc.gz`` is a WARC, not "some gzip"). A file whose suffix is not in it is sniffed from its
first bytes (gzip magic, a WARC header, ``<html``, ``<rss``/``<feed``, JSON object lines, a list of
URLs, plain text); anything else is rejected with a reason.

Names: a file given directly is known by its file name; a file found under a folder by its path
relative to the folder's parent (``seeds/000.txt`` for ``ingest /data/seeds``). That name is the
``source`` of every document it yields and the identity of documents without a URL, so moving the
folder elsewhere keeps article ids stable.

Every reader is a generator ``reader(path, options, *, name=None)`` yielding ``Document`` or
``Rejected``. ``read_paths`` turns any exception a reader raises into a ``Rejected`` for that file
and goes on with the next one.
"""

from __future__ import annotations

import gzip
import logging
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Protocol

from akhbar.errors import InputError
from akhbar.ingest.document import Document, Rejected
from akhbar.ingest.html import read_html
from akhbar.ingest.jsonl import SAUDINEWSNET_FIELDS, read_json, read_jsonl
from akhbar.ingest.rss import read_feed
from akhbar.ingest.text import read_text
from akhbar.ingest.urls import read_urls
from akhbar.ingest.warc import read_warc

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping
    from pathlib import Path

log = logging.getLogger(__name__)

_SKIPPED_STEMS = frozenset({"readme", "license", "licence", "copying", "notice"})
_SNIFF_BYTES = 4096


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How readers decode and bound their inputs.

    ``encoding`` forces one codec instead of detecting it. ``max_bytes`` caps one document (a text or
    HTML file, a WARC record, a JSONL line, a fetched page; a feed or URL list as a whole): a larger
    one is rejected, never half read. ``field_map`` says which JSON field holds what (keys ``text``,
    ``title``, ``url``, ``published``, ``crawled``, ``outlet``, ``author``, ``id``); the defaults fit
    SaudiNewsNet, whose ``date_extracted`` is a crawl time, not a publication date. ``timeout`` is
    per URL fetch, in seconds.
    """

    encoding: str | None = None
    max_bytes: int = 20_000_000
    field_map: Mapping[str, str] = field(default_factory=lambda: MappingProxyType(dict(SAUDINEWSNET_FIELDS)))
    timeout: float = 20.0


class Reader(Protocol):
    def __call__(
        self, path: Path, options: ReadOptions, *, name: str | None = None
    ) -> Iterator[Document | Rejected]: ...


READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".warc": read_warc,
    ".warc.gz": read_warc,
    ".arc": read_warc,
    ".arc.gz": read_warc,
    ".jsonl": read_jsonl,
    ".jsonl.gz": read_jsonl,
    ".ndjson": read_jsonl,
    ".ndjson.gz": read_jsonl,
    ".json": read_json,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
    ".urls": read_urls,
    ".urls.txt": read_urls,
}


def read_paths(paths: Iterable[Path], options: ReadOptions | None = None) -> Iterator[Document | Rejected]:
    """Read every file under ``paths`` (folders recursively, in sorted order); never raises for an input.

    Hidden files and folders and README/LICENSE files inside folders are skipped. A missing path, an
    unreadable file or a reader failure becomes one ``Rejected`` naming the file and the reason.
    """
    opts = options or ReadOptions()
    for item in list_inputs(paths):
        if isinstance(item, Rejected):
            yield item
        else:
            yield from read_path(item[0], opts, name=item[1])


def list_inputs(paths: Iterable[Path]) -> Iterator[tuple[Path, str] | Rejected]:
    """Every file ``read_paths`` would read, as ``(path, name)`` in the same order, or a ``Rejected``
    for a missing path; the Spark job lists its inputs with this so both name articles alike."""
    for path in paths:
        if path.is_dir():
            for file in _walk(path):
                yield file, file.relative_to(path.parent).as_posix()
        elif path.exists():
            yield path, path.name
        else:
            yield Rejected(str(path), "no such file or folder; check the path")


def read_path(
    path: Path, options: ReadOptions, *, name: str | None = None, reader: Reader | None = None
) -> Iterator[Document | Rejected]:
    """Read one file with ``reader``, else the reader its suffix (or, failing that, its content) calls for."""
    source = name or path.name
    try:
        reader = reader or reader_for(path)
        if reader is None:
            yield Rejected(source, _unknown_reason(path))
            return
        yield from reader(path, options, name=source)
    except InputError as exc:
        yield Rejected(source, _reason(exc, source))
    except Exception as exc:  # a reader bug or an OS error must not stop the walk
        log.warning("%s: reader failed", source, exc_info=True)
        yield Rejected(source, f"could not be read ({type(exc).__name__}: {exc})")


def reader_for(path: Path) -> Reader | None:
    """The reader for ``path``: by the longest known suffix, else by sniffing its first bytes."""
    lower = path.name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if lower.endswith(suffix) and len(lower) > len(suffix):
            return READERS[suffix]
    return sniff(path)


def sniff(path: Path) -> Reader | None:
    """Guess a reader from content, for files with an unknown or missing suffix."""
    with path.open("rb") as stream:
        head = stream.read(_SNIFF_BYTES)
    if head.startswith(b"\x1f\x8b"):
        try:
            with gzip.open(path, "rb") as inner:
                head = inner.read(_SNIFF_BYTES)
        except (OSError, EOFError):
            return None
        if head.startswith((b"WARC/", b"filedesc://")):
            return read_warc
        return read_jsonl if head.lstrip().startswith(b"{") else None
    if head.startswith((b"WARC/", b"filedesc://")):
        return read_warc
    return _sniff_text(head)


def _sniff_text(head: bytes) -> Reader | None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return read_text
    if b"\x00" in head or not _mostly_text(head):
        return None
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    lower = start[:1024].lower()
    if start.startswith(b"{"):
        return read_jsonl
    if start.startswith(b"["):
        return read_json
    if b"<rss" in lower or b"<feed" in lower or b"<rdf:rdf" in lower:
        return read_feed
    if b"<html" in lower or lower.startswith(b"<!doctype html"):
        return read_html
    lines = [line.strip() for line in start.splitlines() if line.strip()]
    if lines and all(line.startswith((b"http://", b"https://", b"#")) for line in lines):
        return read_urls
    return read_text


def _mostly_text(head: bytes) -> bool:
    controls = sum(1 for b in head if b < 0x09 or 0x0E <= b < 0x20 or b == 0x7F)
    return controls <= len(head) * 0.01


def _unknown_reason(path: Path) -> str:
    kind = "gzip file of unknown content" if _is_gzip(path) else "binary or unrecognised content"
    known = ", ".join(sorted(READERS))
    return f"unknown format: {kind} and no known suffix ({known})"


def _is_gzip(path: Path) -> bool:
    with path.open("rb") as stream:
        return stream.read(2) == b"\x1f\x8b"


def _reason(exc: InputError, source: str) -> str:
    """The message of ``exc`` without a leading ``source:`` (a ``Rejected`` names its source already)."""
    message = str(exc)
    return message.removeprefix(f"{source}: ")


def _walk(root: Path) -> Iterator[Path]:
    """Files under ``root`` in sorted order, skipping hidden entries and README/LICENSE files."""
    try:
        entries = sorted(root.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        log.warning("cannot list %s: %s", root, exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir() and not entry.is_symlink():
            yield from _walk(entry)
        elif entry.is_file() and entry.name.split(".", 1)[0].lower() not in _SKIPPED_STEMS:
            yield entry


__all__ = [
    "READERS",
    "ReadOptions",
    "Reader",
    "list_inputs",
    "read_path",
    "read_paths",
    "reader_for",
    "sniff",
]

"""What a reader yields: a ``Document`` (reference text plus container metadata) or a ``Rejected``.

Readers only decode and unpack; they never clean or guess dates. Everything a container says about an
article (an HTML ``<meta>`` date, a JSONL field, a WARC header) is passed on as it is, as a string, and
``ingest.build`` decides what it means.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


def _empty() -> Mapping[str, str]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Document:
    """One article as a reader found it.

    ``text`` is the reference text: the decoded file, or the page text taken from the HTML, whole
    (title first when the container has one, then a blank line, then the body). It is never changed
    after this. ``identity`` is what makes the document itself: the URL when there is one, else the
    file name plus the member key (``seeds/000.txt``, ``dump.jsonl.gz#17``). ``title_span`` is where
    the title sits in ``text`` when the reader put it there.
    """

    source: str
    text: str
    identity: str
    url: str | None = None
    title: str | None = None
    title_span: tuple[int, int] | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_from: str | None = None
    crawled: str | None = None
    encoding: str | None = None
    fields: Mapping[str, str] = field(default_factory=_empty)


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input, or one record of it, that could not be read; ``reason`` says why and what to do."""

    source: str
    reason: str

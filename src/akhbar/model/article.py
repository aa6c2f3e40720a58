"""Articles: the original text and stand-off spans over it.

Nothing here does I/O. ``Article`` and ``Span`` are frozen: a step that finds something returns a new
``Article`` with an extra span layer (``with_spans``), and ``Article.text`` is never rewritten — not by
cleaning, not by normalising, not by trimming. Offsets are Python ``str`` indices, end exclusive, as in
the gold format of ``shared/gold/GUIDELINES.md``.
"""

from __future__ import annotations

import copyreg
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from types import MappingProxyType
from typing import Any

from akhbar.errors import SpanError

#: Span layers an article may carry. Layers may overlap each other; spans inside a layer may overlap too.
LAYERS = (
    "title",
    "body",
    "excluded",
    "sentences",
    "credits",
    "entities",
    "quotes",
    "timex",
    "events",
)


def _empty() -> Mapping[str, Any]:
    return MappingProxyType({})


_EMPTY: Mapping[str, Any] = MappingProxyType({})  # read-only, so every span without attributes shares it


def _proxy(items: dict[str, Any]) -> MappingProxyType[str, Any]:
    return MappingProxyType(items)


def _reduce_proxy(proxy: MappingProxyType[str, Any]) -> tuple[Any, tuple[dict[str, Any]]]:
    return _proxy, (dict(proxy),)


# read-only mappings are what make spans and articles safe to share; registering how to pickle them
# lets articles cross process boundaries (parallel ingest, the Spark job) unchanged
copyreg.pickle(MappingProxyType, _reduce_proxy)


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled region ``[start, end)`` of an article's original text.

    ``attrs`` carries what the step found (a canonical name, a date value, an exclusion reason). It is
    read-only so a span can be shared between articles without being changed behind anyone's back.

    >>> s = Span(4, 10, "PERS", {"canonical": "سيرغي لافروف"})
    >>> s.length, s.attrs["canonical"]
    (6, 'سيرغي لافروف')
    """

    start: int
    end: int
    label: str = ""
    attrs: Mapping[str, Any] = field(default_factory=_empty, compare=False)

    # written by hand (``dataclass`` keeps a class's own ``__init__``): extraction makes hundreds of
    # spans an article, and the generated one (default factory, then ``__post_init__``) cost a third more
    def __init__(self, start: int, end: int, label: str = "", attrs: Mapping[str, Any] = _EMPTY) -> None:
        if start < 0 or end < start:
            raise SpanError(f"span ({start}, {end}) is not a valid range: start must be >= 0 and <= end")
        if type(attrs) is not MappingProxyType:
            attrs = MappingProxyType(dict(attrs)) if attrs else _EMPTY
        _set = object.__setattr__
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "label", label)
        _set(self, "attrs", attrs)

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label, **dict(self.attrs)}


def spans_of(text: str, items: Iterable[tuple[str, str]]) -> list[Span]:
    """Spans for ``(surface, label)`` pairs written in text order, each found after the one before.

    How mentions are given by hand — in tests, notebooks, or to run the quotation rules without the
    tagger — without counting offsets. Raises ``SpanError`` for a surface not found in its place.

    >>> [(s.start, s.end, s.label) for s in spans_of("قال لافروف ثم قال لافروف", [("لافروف", "PERS")] * 2)]
    [(4, 10, 'PERS'), (18, 24, 'PERS')]
    >>> spans_of("قال لافروف", [("لافروف", "PERS"), ("قال", "X")])
    Traceback (most recent call last):
    ...
    akhbar.errors.SpanError: 'قال' does not occur after offset 10: give the surfaces in text order
    """
    out: list[Span] = []
    pos = 0
    for surface, label in items:
        start = text.find(surface, pos)
        if start < 0:
            raise SpanError(f"{surface!r} does not occur after offset {pos}: give the surfaces in text order")
        out.append(Span(start, start + len(surface), label))
        pos = start + len(surface)
    return out


def article_id(identity: str, text: str) -> str:
    """A stable id from where an article came from and what it says.

    Re-reading the same input gives the same id (so ingest is idempotent), while the same wire text
    under another URL or file gives another id (so each outlet's copy stays its own article).

    >>> article_id("https://example.com/a", "نص") == article_id("https://example.com/a", "نص")
    True
    >>> article_id("https://example.com/a", "نص") == article_id("https://example.com/b", "نص")
    False
    """
    # surrogatepass: a lone surrogate (JSON can carry one as "\\ud800") must not crash the id.
    key = f"{identity}\x00{text}".encode("utf-8", "surrogatepass")
    digest = hashlib.sha1(key, usedforsecurity=False).hexdigest()
    return digest[:16]


@dataclass(frozen=True, slots=True)
class Article:
    """One article: its original text, where it came from, what is known about it, and span layers.

    ``pub_date`` is the date the article was first published, or ``None`` when the text and its
    container do not allow it to be known; ``pub_date_source`` says where it came from (``"dateline"``,
    ``"html-meta"``, ``"record"`` …) and ``pub_date_range`` may give an inferred window with the reason
    in ``pub_date_note``. ``display_date`` is a crawl or "today" date shown on the page when it differs.
    """

    id: str
    text: str
    source: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    language: str = "ar"
    pub_date: date | None = None
    pub_date_source: str | None = None
    pub_date_range: tuple[date, date] | None = None
    pub_date_note: str | None = None
    display_date: date | None = None
    crawl_date: date | None = None
    copy_of: str | None = None
    layers: Mapping[str, tuple[Span, ...]] = field(default_factory=_empty, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.layers, MappingProxyType):
            frozen = {name: tuple(spans) for name, spans in self.layers.items()}
            object.__setattr__(self, "layers", MappingProxyType(frozen))

    @classmethod
    def from_text(cls, text: str, *, source: str, identity: str | None = None, **meta: Any) -> Article:
        """Build an article from its reference text; the id comes from ``identity`` (default: ``source``).

        >>> art = Article.from_text("قال لافروف اليوم الإثنين", source="seeds/000.txt")
        >>> art.surface(Span(4, 10))
        'لافروف'
        """
        return cls(id=article_id(identity or source, text), text=text, source=source, **meta)

    def spans(self, layer: str) -> tuple[Span, ...]:
        """The spans of one layer, in the order they were added (empty when the layer is absent)."""
        return self.layers.get(layer, ())

    def check_span(self, span: Span) -> Span:
        """Return ``span`` unchanged, or raise ``SpanError`` when it does not fit the text."""
        if span.end > len(self.text):
            raise SpanError(
                f"span ({span.start}, {span.end}) {span.label!r} runs past the end of article {self.id} "
                f"({len(self.text)} characters); compute offsets on the original text, not on a normalised view"
            )
        return span

    def with_spans(self, layer: str, spans: Iterable[Span], *, replace_layer: bool = True) -> Article:
        """A new article with ``spans`` in ``layer`` (replacing it unless ``replace_layer=False``)."""
        checked = tuple(self.check_span(s) for s in spans)
        layers = dict(self.layers)
        layers[layer] = checked if replace_layer else layers.get(layer, ()) + checked
        return replace(self, layers=layers)

    def with_meta(self, **meta: Any) -> Article:
        """A new article with some metadata fields changed; the text and id never change this way."""
        if "text" in meta or "id" in meta:
            raise SpanError(
                "an article's text and id are fixed once it is built; build a new Article instead"
            )
        return replace(self, **meta)

    def surface(self, span: Span) -> str:
        """The original characters a span covers."""
        return self.text[self.check_span(span).start : span.end]

    @property
    def body(self) -> Span:
        """The article body; the whole text when no cleaning step has marked one."""
        bodies = self.spans("body")
        return bodies[0] if bodies else Span(0, len(self.text), "body")

    @property
    def excluded(self) -> tuple[Span, ...]:
        return self.spans("excluded")

    @property
    def credits(self) -> tuple[str, ...]:
        """Agencies and outlets the article credits, first mention first, each once."""
        names: list[str] = []
        for span in self.spans("credits"):
            name = str(span.attrs.get("agency") or span.attrs.get("name") or "")
            if name and name not in names:
                names.append(name)
        return tuple(names)

    def kept_ranges(self) -> list[tuple[int, int]]:
        """``(start, end)`` runs of the body that lie outside every excluded region, in text order.

        >>> art = Article.from_text("خبر. شارك", source="x").with_spans("excluded", [Span(5, 9, "excluded")])
        >>> [art.text[s:e] for s, e in art.kept_ranges()]
        ['خبر. ', '']
        """
        body = self.body
        out = []
        cursor = body.start
        for region in sorted(self.excluded, key=lambda s: s.start):
            if region.end <= cursor or region.start >= body.end:
                continue
            out.append((cursor, max(cursor, region.start)))
            cursor = max(cursor, region.end)
        out.append((cursor, body.end))
        return out

    def is_excluded(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies entirely inside an excluded region."""
        return any(x.start <= start and end <= x.end for x in self.excluded)

    def summary_dict(self) -> dict[str, Any]:
        """The listing shape shared by ``akhbar articles --json`` and ``GET /api/articles``."""
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "author": self.author,
            "language": self.language,
            "pub_date": iso(self.pub_date),
            "pub_date_source": self.pub_date_source,
            "pub_date_range": [iso(d) for d in self.pub_date_range] if self.pub_date_range else None,
            "pub_date_note": self.pub_date_note,
            "display_date": iso(self.display_date),
            "crawl_date": iso(self.crawl_date),
            "copy_of": self.copy_of,
            "credits": list(self.credits),
            "body_start": self.body.start,
            "body_end": self.body.end,
            "excluded": [
                {"start": x.start, "end": x.end, "reason": x.attrs.get("reason", x.label)}
                for x in self.excluded
            ],
        }

    def to_dict(self) -> dict[str, Any]:
        """The full shape of ``akhbar article ID --json``: the listing plus text and every span layer."""
        out = self.summary_dict()
        out["text"] = self.text
        out["spans"] = {name: [s.to_dict() for s in spans] for name, spans in self.layers.items()}
        return out


def iso(d: date | None) -> str | None:
    """A date as ISO text, ``None`` kept."""
    return d.isoformat() if d else None

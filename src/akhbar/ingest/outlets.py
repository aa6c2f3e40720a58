"""Which outlet published a page: container hint, URL domain, or what the page prints about itself.

Re-exported by ``ingest.metadata``. Names come from ``resources/cues/outlets.txt`` (canonical |
variants | domains); an outlet the list does not know keeps its domain or the name its page prints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from akhbar.ingest.lines import Line, page_lines, running_text
from akhbar.resources import read_variants

if TYPE_CHECKING:
    from collections.abc import Sequence

    from akhbar.model import Span

_DOMAIN = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
_SOURCE_LINE = re.compile(r"^(?:المصدر|مصدر الخبر|المصادر|source)\s*:\s*(?P<name>.+)$", re.IGNORECASE)
_GENERIC_SOURCES = frozenset(
    Line.key_of(w) for w in ("وكالات", "مواقع", "متابعات", "وسائل إعلام", "agencies")
)
_HEADER_LINES = 10


@dataclass(frozen=True, slots=True)
class _Outlets:
    names: dict[str, str]
    domains: dict[str, str]
    agencies: frozenset[str]
    source_line: re.Pattern[str]
    generic: frozenset[str]


@cache
def _outlets() -> _Outlets:
    names: dict[str, str] = {}
    domains: dict[str, str] = {}
    for canonical, *parts in read_variants("cues/outlets.txt"):
        names[Line.key_of(canonical).lower()] = canonical
        for part in parts:
            if _DOMAIN.match(part.lower()):
                domains[part.lower()] = canonical
            else:
                names[Line.key_of(part).lower()] = canonical
    agencies = frozenset(Line.key_of(v).lower() for row in read_variants("cues/agencies.txt") for v in row)
    rows = read_variants("cues/source_lines.txt")
    labels = "|".join(re.escape(word) for kind, word in rows if kind == "label")
    source_line = re.compile(rf"^(?:{labels})\s*:\s*(?P<name>.+)$", re.IGNORECASE)
    generic = frozenset(Line.key_of(word).lower() for kind, word in rows if kind == "generic")
    return _Outlets(names, domains, agencies, source_line, generic)


def find_outlet(
    text: str, *, url: str | None, outlet_hint: str | None, excluded: Sequence[Span]
) -> str | None:
    """The outlet of a page: the container's hint, else the URL's domain, else the page's own words.

    From the text, the last ``المصدر: <name>`` line that names no agency wins, then a masthead line
    in the header that is a known outlet (``دار الهلال``), then a known outlet named in the opening
    parenthetical of the dateline (``( أردو بوینت نتورك ۔ / سبوتنيك - …)``). ``None`` when nothing says.

    >>> find_outlet("نص", url="https://www.youm7.com/story/1", outlet_hint=None, excluded=[])
    'اليوم السابع'
    >>> find_outlet("الخبر.\\nالمصدر: نوفوستي\\nالمصدر: صحيفة الأفق", url=None, outlet_hint=None, excluded=[])
    'صحيفة الأفق'
    """
    if outlet_hint and outlet_hint.strip():
        return known_outlet(outlet_hint) or outlet_hint.strip()
    if url:
        domain = _domain(url)
        if domain:
            return _domain_outlet(domain) or domain
    return _source_line_outlet(text) or _masthead_outlet(text, excluded)


def known_outlet(name: str) -> str | None:
    """The canonical name of an outlet the list knows, by any of its names or ids; else ``None``."""
    return _outlets().names.get(Line.key_of(name).lower())


def _domain(url: str) -> str | None:
    try:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return None
    return host.removeprefix("www.") or None


def _domain_outlet(domain: str) -> str | None:
    """The outlet of a domain or of its nearest listed parent (``arabic.rt.com``, ``m.youm7.com``)."""
    domains = _outlets().domains
    parts = domain.split(".")
    for i in range(len(parts) - 1):
        found = domains.get(".".join(parts[i:]))
        if found:
            return found
    return None


def _source_line_outlet(text: str) -> str | None:
    found: str | None = None
    for line in page_lines(text):
        m = _outlets().source_line.match(line.text)
        if not m:
            continue
        name = m.group("name").strip(" .،,")
        key = Line.key_of(name).lower()
        if not key or key in _outlets().agencies or key in _outlets().generic or key.startswith("وكاله"):
            continue
        found = known_outlet(name) or name
    return found


def _masthead_outlet(text: str, excluded: Sequence[Span]) -> str | None:
    """A header line that is a known outlet's name, or a known outlet in the dateline's parenthesis."""
    lines = page_lines(text)
    for line in lines[:_HEADER_LINES]:
        if running_text(line):
            opening = re.match(r"^\s*\(([^)]{3,120})\)", line.text)
            return _named_in(opening.group(1)) if opening else None
        if len(line.key.split()) >= 2 and known_outlet(line.key):
            return known_outlet(line.key)
    return None


def _named_in(fragment: str) -> str | None:
    """A known outlet (two words or more, so «اليوم» is never one) named in a dateline fragment."""
    key = " " + Line.key_of(re.sub(r"[^\w\s]", " ", fragment)).lower() + " "
    for name, canonical in sorted(_outlets().names.items(), key=lambda item: -len(item[0])):
        if len(name.split()) >= 2 and f" {name} " in key:
            return canonical
    return None

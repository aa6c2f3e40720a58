"""What a page says about itself: when it was published, which outlet printed it, which agencies it credits.

The publication date comes from the page header and the dateline (``تاريخ النشر: …``،
``( … / سبوتنيك - 24 كانون الثاني 2022ء)``، ``عرب وعالم1-2-2022 | 21:14``) or from the container
(an HTML ``article:published_time``), never from a crawl timestamp. A weekday the lead gives for
"today" (``اليوم الثلاثاء``) picks between candidates, and a lone date at the top of a page that the
weekday and a later dateline contradict is a *display* date (a "today" widget), not the publication
date. When nothing on the page dates it, the value is ``None``: a weekday alone never makes a day.

Credits are spans over agency names used as sources (``نقلت سبوتنيك عن``، ``لوكالة “نوفوستي”``،
``المصدر: نوفوستي``، ``(واس) -``); see ``find_credits``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import cache
from typing import TYPE_CHECKING

from akhbar.ingest.credits import find_credits
from akhbar.ingest.lines import Line, date_line, page_lines, running_text
from akhbar.ingest.outlets import find_outlet
from akhbar.resources import read_variants
from akhbar.text.dates import GREGORIAN, find_dates, find_weekdays
from akhbar.text.normalise import fold

if TYPE_CHECKING:
    from collections.abc import Sequence

    from akhbar.model import Span

__all__ = ["DateCandidate", "PubDate", "find_credits", "find_outlet", "find_pub_date"]

# excluded regions whose dates belong to another story or to nobody
_FOREIGN = frozenset({"read-also", "related", "comments", "share", "navigation", "tags", "contact"})
_TODAY = re.compile(r"اليوم\s*[(,\-]?\s*$")
_LEAD_CHARS = 600
_DATELINE_WORDS = 8
_LETTERS = re.compile(r"[^\W\d_]{2,}")
# an era mark may sit between the year and the bracket or dash that closes the dateline
_DATELINE_CLOSE = re.compile(r"^[\sمـهء]{0,4}[)/\-–—:|]")
_WEEKDAY_CHARS = 3000


@dataclass(frozen=True, slots=True)
class DateCandidate:
    """A date the page or its container offers, with where it sits and what kind it is.

    ``kind`` is ``"label"`` (after «تاريخ النشر»), ``"updated"``, ``"top"`` (a lone date on the first
    line of the page), ``"dateline"`` (any other header or lead date) or ``"container"``.
    """

    value: date
    kind: str
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class PubDate:
    """An article's publication date and where it came from (see the module docstring)."""

    value: date | None = None
    source: str | None = None
    display_date: date | None = None
    range: tuple[date, date] | None = None
    note: str | None = None
    candidates: tuple[DateCandidate, ...] = ()


def find_pub_date(
    text: str,
    *,
    body: Span,
    excluded: Sequence[Span],
    published: str | None,
    published_from: str | None,
    crawled: str | None,
) -> PubDate:
    """The publication date of a page, from its header, its dateline or its container.

    Order: a labelled date (``تاريخ النشر``) wins; then the container's ``published`` value (source
    ``"html-meta"`` or ``"record"`` after ``published_from``); then the header and lead dates, preferring
    one that falls on the weekday the lead gives for "today" (source ``"dateline+weekday"``). ``crawled``
    only drops candidates later than the crawl. Unreadable values are ignored, never raised.

    >>> from akhbar.model import Span
    >>> t = "السبت 1 يونيو 2024\\nعنوان\\nعرب وعالم1-2-2022 | 21:14\\nأعلن الوزير اليوم الثلاثاء أن الرد وصل، وأضاف."
    >>> p = find_pub_date(t, body=Span(19, len(t)), excluded=[], published=None, published_from=None, crawled=None)
    >>> p.value.isoformat(), p.source, p.display_date.isoformat()
    ('2022-02-01', 'dateline+weekday', '2024-06-01')
    """
    limit = _parse_timestamp(crawled)
    found = [
        c
        for c in _text_candidates(text, body, excluded)
        if limit is None or c.value <= limit + timedelta(days=1)
    ]
    container = _parse_timestamp(published)
    if container is not None:
        found.append(DateCandidate(container, "container"))
    weekday = _today_weekday(text, body, excluded)
    value, source = _choose(found, weekday, published_from)
    top = next((c.value for c in found if c.kind == "top"), None)
    display = top if top is not None and top != value else None
    return PubDate(value, source, display, None, None, tuple(found))


def _choose(
    found: list[DateCandidate], weekday: int | None, published_from: str | None
) -> tuple[date | None, str | None]:
    labelled = [c for c in found if c.kind == "label"]
    if labelled:
        return labelled[0].value, "label"
    container = [c for c in found if c.kind == "container"]
    if container:
        return container[0].value, _container_source(published_from)
    datelines = [c for c in found if c.kind == "dateline"]
    tops = [c for c in found if c.kind == "top"]
    if weekday is not None:
        agreeing = [c for c in datelines + tops if c.value.weekday() == weekday]
        if agreeing:
            return agreeing[0].value, "dateline+weekday"
    if datelines:
        return datelines[0].value, "dateline"
    if tops and weekday is None:
        return tops[0].value, "dateline"
    return None, None


def _container_source(published_from: str | None) -> str:
    """``"html-meta"`` for a page's meta tags, ``"feed"`` for RSS/Atom, else ``"record"``."""
    where = (published_from or "").lower()
    if any(k in where for k in ("meta", "html", "published_time", "og:", "article:", "json-ld", "ld+json")):
        return "html-meta"
    if any(k in where for k in ("rss", "atom", "feed", "pubdate")):
        return "feed"
    return "record"


def _text_candidates(text: str, body: Span, excluded: Sequence[Span]) -> list[DateCandidate]:
    """Complete dates on the header lines and the lead (up to the first prose line of the body)."""
    out: list[DateCandidate] = []
    lines = page_lines(text[: _lead_end(text, body)])
    for index, line in enumerate(lines):
        if _inside(line.start, line.end, excluded, _FOREIGN):
            continue
        matches = [d for d in find_dates(line.text) if d.to_date() is not None]
        if any(d.calendar == GREGORIAN for d in matches):
            matches = [d for d in matches if d.calendar == GREGORIAN]
        lone = date_line(line)
        for d in matches:
            value = d.to_date()
            if value is None or value.year < 1990:
                continue
            kind = _kind(line, d.start, index == 0 and lone)
            if (
                not lone
                and (running_text(line) or kind == "dateline")
                and not _dateline_shape(line.text, d.start, d.end)
            ):
                continue  # a date inside the title or the lead sentence dates an event, not the page
            out.append(DateCandidate(value, kind, line.start + d.start, line.start + d.end))
    return [c for c in out if c.kind != "updated"] + [c for c in out if c.kind == "updated"]


def _lead_end(text: str, body: Span) -> int:
    """The end of the first prose line of the body (where a dateline sits), capped."""
    for line in page_lines(text[body.start : min(body.end, body.start + 4 * _LEAD_CHARS)]):
        if running_text(line):
            return min(body.start + line.end, body.start + line.start + _LEAD_CHARS)
    return min(body.end, body.start + _LEAD_CHARS)


def _dateline_shape(text: str, start: int, end: int) -> bool:
    """A date opening a prose line as a dateline: a few words before it, a bracket or dash after it.

    ``( أردو بوینت نتورك ۔ / سبوتنيك - 24 كانون الثاني 2022ء) أعلن``، ``دبي، 3 مارس 2022 (رويترز) -``.
    """
    words = _LETTERS.findall(text[:start])
    return 1 <= len(words) <= _DATELINE_WORDS and bool(_DATELINE_CLOSE.match(text[end:]))


def _kind(line: Line, offset: int, top: bool) -> str:
    before = Line.key_of(line.text[:offset]).lower()
    for kind, label in _labels():
        if kind in ("published", "updated") and label in before:
            return "label" if kind == "published" else "updated"
    return "top" if top else "dateline"


@cache
def _labels() -> tuple[tuple[str, str], ...]:
    return tuple((kind, Line.key_of(label).lower()) for kind, label in read_variants("cues/date_labels.txt"))


def _inside(start: int, end: int, excluded: Sequence[Span], reasons: frozenset[str]) -> bool:
    return any(x.start <= start and end <= x.end and x.attrs.get("reason") in reasons for x in excluded)


def _today_weekday(text: str, body: Span, excluded: Sequence[Span]) -> int | None:
    """The weekday the body gives for "today" (``اليوم الإثنين``، ``اليوم (الاثنين)``), if any."""
    stop = min(body.end, body.start + _WEEKDAY_CHARS)
    for match in find_weekdays(text, body.start, stop):
        if _inside(match.start, match.end, excluded, _FOREIGN | {"read-also"}):
            continue
        if _TODAY.search(fold(text[max(body.start, match.start - 12) : match.start])):
            return match.weekday
    return None


def _parse_timestamp(value: str | None) -> date | None:
    """A container or crawl timestamp (ISO 8601, RFC 2822, or a written date) as a date."""
    if not value or not value.strip():
        return None
    raw = value.strip()
    for candidate in (raw.replace("Z", "+00:00"), raw[:19], raw[:10]):
        try:
            return datetime.fromisoformat(candidate).date()
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        pass
    written = [d.to_date() for d in find_dates(raw)]
    return next((d for d in written if d is not None), None)

"""Boilerplate as excluded regions: what on a page is not the article, and where the body is.

Nothing is cut out of the text. ``find_boilerplate`` returns the body (from the first to the last line
that is article text) and ``excluded`` spans over whole lines, each with a ``reason``. The rules are
general, never tied to one site:

* cue lists (``resources/cues/boilerplate.txt``, ``read_also.txt``): comment forms, share and
  navigation lines, tag lines, source lines (``المصدر: …``, metadata rather than text), wire markers
  (``(تستمر)``، ``نهاية الرسالة``), contact lines;
* shape: lone punctuation, a ``(@handle)``, a line that is only a date (a display-date widget or a
  dateline such as ``عرب وعالم1-2-2022 | 21:14``);
* the page header (the short lines before the first running text): a title printed twice, a
  breadcrumb glued from menu items (``أخبار عالميةأخر الاخبار``) or joined by ``»``/``>``/``|``, a
  section name (``resources/cues/sections.txt``), a masthead (a known outlet's name), captions and
  bylines;
* a "read also" / "related" header: at the tail of the page everything after it is another story;
  inside the article only the header and the headline or two after it go;
* lines repeated on many pages of one outlet (``RepeatedLines``), learnt as articles stream in.

Cleaning also picks the headline (``Cleaning.title``): the reader's title line unless it turned out to
be furniture, else the first header line shaped like a headline (a few words to a few dozen, not a
date, a section, a breadcrumb, a masthead, a byline or a line the outlet repeats on every page).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from akhbar.ingest.lines import Line, cue_reason, date_line, page_lines, running_text
from akhbar.ingest.outlets import known_outlet
from akhbar.model import Span
from akhbar.resources import read_lines

if TYPE_CHECKING:
    from collections.abc import Sequence

# reasons after which a "read also" header is taken to open the tail of the page
_TAIL_REASONS = frozenset(
    {"source-line", "tags", "share", "comments", "continued-marker", "contact", "date-line"}
)
_HANDLE = re.compile(r"^[(\[]?\s*@[\w.]+\s*[)\]]?$")
_CONTACT = re.compile(r"^\S+@\S+\.\w+$|^(?:https?://|www\.)\S+$", re.IGNORECASE)
_GLUED = re.compile(r"ة[^\W\d_]|[a-z][A-Z]")
# a tatweel is a dash only after a space: in «لـ «الشارع»» it lengthens the letter before it
_BYLINE_DASH = re.compile(r"\s[-–—ـ]\s|\s[-–—ـ]|[-–—]\s")
_SENTENCE_END = re.compile(r"[.!?؟]")
_MAX_HEADER_LINES = 10
_HEADER_FURNITURE = frozenset({"date-line", "navigation", "handle", "byline", "share", "section", "masthead"})
_TITLE_WORDS = (3, 30)


@dataclass(frozen=True, slots=True)
class Cleaning:
    """Where the article is on a page: ``body`` (label ``"body"``), ``excluded`` regions, the headline.

    Excluded spans (label ``"excluded"``, ``attrs["reason"]``) cover whole lines in original offsets;
    they may lie inside the body (a wire marker between paragraphs) or outside it. ``title`` (label
    ``"title"``) is the line taken as the headline, or ``None`` when no line reads as one.
    """

    body: Span
    excluded: tuple[Span, ...]
    title: Span | None = None


class RepeatedLines:
    """Counts, per outlet, on how many pages each short line appears, as articles stream in.

    A line is repeated when it was seen on at least ``min_pages`` pages of the outlet and on at least
    ``min_share`` of the pages observed for it: a site's footer or menu, not a sentence two articles
    happen to share. Lines are keyed by a hash of their folded form, so memory stays small.
    """

    def __init__(self, *, min_pages: int = 5, min_share: float = 0.3, max_chars: int = 200) -> None:
        self.min_pages = min_pages
        self.min_share = min_share
        self.max_chars = max_chars
        self._pages: Counter[str] = Counter()
        self._lines: dict[str, Counter[bytes]] = {}

    def observe(self, outlet: str, text: str) -> None:
        """Count the distinct short lines of one page of ``outlet``."""
        keys = {_digest(line.key) for line in page_lines(text) if 0 < len(line.key) <= self.max_chars}
        self._pages[outlet] += 1
        self._lines.setdefault(outlet, Counter()).update(keys)

    def is_repeated(self, outlet: str, line: str) -> bool:
        """True when ``line`` (original or folded form) is furniture of ``outlet``'s pages."""
        pages = self._pages[outlet]
        if pages < self.min_pages:
            return False
        key = Line.key_of(line)
        seen = self._lines.get(outlet, Counter())[_digest(key)]
        return seen >= self.min_pages and seen >= self.min_share * pages


def _digest(key: str) -> bytes:
    return hashlib.blake2b(key.encode(), digest_size=8).digest()


def find_boilerplate(
    text: str,
    *,
    title_span: tuple[int, int] | None = None,
    outlet: str | None = None,
    repeated: RepeatedLines | None = None,
) -> Cleaning:
    """Find the body and the excluded regions of a page's text.

    ``title_span`` is where the reader put the title (it may turn out to be a widget or a breadcrumb;
    the header rules decide). ``outlet`` selects the ``repeated`` counter's pages. When no line is
    article text the body is the empty span at 0.

    >>> t = "عنوان الخبر هنا\\nقال الوزير اليوم إن الاجتماع كان مثمرا، وأضاف أنه سيعود.\\nاترك تعليقاً"
    >>> c = find_boilerplate(t, title_span=(0, 15))
    >>> t[c.body.start:c.body.end].endswith("سيعود."), [(t[x.start:x.end], x.attrs["reason"]) for x in c.excluded]
    (True, [('اترك تعليقاً', 'comments')])
    """
    lines = page_lines(text)
    reasons = [_line_reason(line, outlet, repeated) for line in lines]
    _mark_read_also(text, lines, reasons)
    _mark_contact_runs(lines, reasons)
    title = _mark_header(lines, reasons, title_span)
    headline = Span(lines[title].start, lines[title].end, "title") if title is not None else None
    return Cleaning(_body(lines, reasons), _excluded(lines, reasons), headline)


def _line_reason(line: Line, outlet: str | None, repeated: RepeatedLines | None) -> str | None:
    """The reason a line is furniture on its own, without looking at its neighbours."""
    reason = cue_reason(line.key, line.words)
    if reason:
        return reason
    if not any(ch.isalnum() for ch in line.text):
        return "punctuation"
    stripped = line.text.strip()
    if _HANDLE.match(stripped):
        return "handle"
    if _CONTACT.match(stripped):
        return "contact"
    if date_line(line):
        return "date-line"
    if repeated is not None and outlet is not None and repeated.is_repeated(outlet, line.key):
        return "repeated-line"
    return None


def _mark_read_also(text: str, lines: Sequence[Line], reasons: list[str | None]) -> None:
    """Extend each "read also" / "related" header over the box or the appended story after it."""
    for k, line in enumerate(lines):
        reason = reasons[k]
        if reason not in ("read-also", "related"):
            continue
        previous = reasons[k - 1] if k > 0 else None
        rest = lines[k + 1 :]
        in_tail = (
            line.start >= 0.6 * len(text)
            or previous in _TAIL_REASONS
            or not any(running_text(other) for other in rest)
        )
        if in_tail:
            for j in range(k + 1, len(lines)):
                reasons[j] = reason
            return
        for j in range(k + 1, min(k + 4, len(lines))):
            if running_text(lines[j]) or reasons[j] is not None:
                break
            reasons[j] = reason


def _mark_contact_runs(lines: Sequence[Line], reasons: list[str | None]) -> None:
    """Short lines right after a contact line (SMS codes, operator names) belong to it."""
    for k in range(1, len(lines)):
        if (
            reasons[k] is None
            and reasons[k - 1] == "contact"
            and lines[k].words <= 8
            and not running_text(lines[k])
        ):
            reasons[k] = "contact"


def _mark_header(
    lines: Sequence[Line], reasons: list[str | None], title_span: tuple[int, int] | None
) -> int | None:
    """Sort the page header (repeated titles, breadcrumbs, sections, mastheads, captions, bylines).

    Returns the index of the line taken as the headline, or ``None``.
    """
    end = next((k for k, line in enumerate(lines) if running_text(line)), len(lines))
    header = [k for k in range(min(end, _MAX_HEADER_LINES)) if reasons[k] is None]
    later_keys = [lines[k].key for k in range(min(end + 1, len(lines)))]
    for k in header:
        key = lines[k].key
        if len(key) >= 12 and any(other.startswith(key) for other in later_keys[k + 1 :]):
            reasons[k] = "repeated-title"
        else:
            reasons[k] = _header_reason(lines[k])
    title = _title_index(lines, reasons, header, title_span)
    for k in header:
        if k != title and reasons[k] is None and _is_byline(lines[k]):
            reasons[k] = "byline"
    # captions and mastheads look like an opening sentence; drop them only on a page whose header
    # already shows web furniture (a date widget, a breadcrumb, a handle, a byline)
    if not any(reasons[k] in _HEADER_FURNITURE for k in range(min(end, _MAX_HEADER_LINES))):
        return title
    for k in header:
        line = lines[k]
        if (
            k == title
            or reasons[k] is not None
            or line.words > 8
            or line.folded.rstrip().endswith((":", "-"))
        ):
            continue
        if not _SENTENCE_END.search(line.text):
            reasons[k] = "header-line"
    return title


def _header_reason(line: Line) -> str | None:
    """Why a header line is furniture: a breadcrumb, a section name or a masthead; else ``None``."""
    if line.words <= 6 and _GLUED.search(line.text) and not _SENTENCE_END.search(line.text):
        return "navigation"
    if _is_breadcrumb(line.text):
        return "navigation"
    if line.key.lower() in _sections():
        return "section"
    if known_outlet(line.key):
        return "masthead"
    return None


def _is_breadcrumb(text: str) -> bool:
    """``الرئيسية » أخبار » محليات``, ``الرئيسية > صحة``: short items joined by arrows (two or more)
    or by ``|`` and ``/`` (three or more). On a line with «, » closes a quotation and joins nothing."""
    arrows = "›>→←" if "«" in text else "›>→←»"
    parts = [p for p in re.split(f"[{arrows}|/]", text) if p.strip()]
    enough = 2 if any(ch in arrows for ch in text) else 3
    return len(parts) >= enough and all(len(p.split()) <= 3 for p in parts)


@cache
def _sections() -> frozenset[str]:
    """Section and category names that sit above headlines (``أخبار عالمية``، ``عرب وعالم``)."""
    return frozenset(Line.key_of(name).lower() for name in read_lines("cues/sections.txt"))


def _title_index(
    lines: Sequence[Line], reasons: list[str | None], header: list[int], title_span: tuple[int, int] | None
) -> int | None:
    """The line kept as the headline: the reader's unless it is furniture, else the first header line
    shaped like a headline (the first running line too: a long headline with «..» reads like prose),
    else the reader's line if it is no furniture at all."""
    given = None
    if title_span is not None:
        given = next(
            (k for k, x in enumerate(lines) if x.start < title_span[1] and title_span[0] < x.end), None
        )
    # a title printed again as the body's first words is still the title
    if given is not None and given in header and reasons[given] in (None, "repeated-title"):
        return given
    first_prose = next((k for k, line in enumerate(lines[:_MAX_HEADER_LINES]) if running_text(line)), None)
    for k in [*header, *([first_prose] if first_prose is not None else [])]:
        if reasons[k] is None and _headline_shaped(lines[k]):
            return k
    return given if given is not None and reasons[given] is None else None


def _headline_shaped(line: Line) -> bool:
    """Three words to thirty, letters in them, not a byline, not ending like a sentence or a label."""
    low, high = _TITLE_WORDS
    end = line.text.rstrip()
    sentence = end.endswith((".", ":", "،", ",")) and not end.endswith("..")
    return (
        low <= line.words <= high
        and any(ch.isalpha() for ch in end)
        and not sentence
        and not _is_byline(line)
    )


def _is_byline(line: Line) -> bool:
    """``عين اليوم – الرياض``، ``ناصر الطميحي ـ جدة``: a few words on each side of a dash."""
    parts = [p for p in _BYLINE_DASH.split(line.text) if p.strip()]
    return 2 <= len(parts) <= 3 and all(len(p.split()) <= 3 for p in parts)


def _body(lines: Sequence[Line], reasons: list[str | None]) -> Span:
    kept = [line for line, reason in zip(lines, reasons, strict=True) if reason is None]
    if not kept:
        return Span(0, 0, "body")
    return Span(kept[0].start, kept[-1].end, "body")


def _excluded(lines: Sequence[Line], reasons: list[str | None]) -> tuple[Span, ...]:
    """One span per run of consecutive lines with the same reason (blank lines between are inside)."""
    out: list[Span] = []
    run: tuple[int, int, str] | None = None
    for line, reason in zip(lines, reasons, strict=True):
        if run is not None and reason == run[2]:
            run = (run[0], line.end, run[2])
            continue
        if run is not None:
            out.append(_excluded_span(run))
        run = (line.start, line.end, reason) if reason is not None else None
    if run is not None:
        out.append(_excluded_span(run))
    return tuple(out)


@cache
def _reason_attrs(reason: str) -> dict[str, str]:
    return {"reason": reason}


def _excluded_span(run: tuple[int, int, str]) -> Span:
    return Span(run[0], run[1], "excluded", _reason_attrs(run[2]))

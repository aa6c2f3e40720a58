"""One story as a file: JSON, CSV, TimelineJS JSON or a citable Markdown report, from model objects only.

Every format carries the citations: the article id and the original ``[start, end)`` offsets of each
sentence a row or a summary line rests on, so an exported fact can be traced back to its words. Text
taken from articles is data, never markup: it is HTML-escaped where the format is HTML (TimelineJS),
backslash-escaped where it is Markdown, quoted by the ``csv`` module in CSV, and a cell that a
spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``) is prefixed with ``'``.

The interfaces (``akhbar export``, ``GET /api/stories/{id}/export``) call ``Akhbar.export``, which
loads the story and its articles and calls ``export_story``.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any

from akhbar.errors import InputError
from akhbar.model import Article, Citation, Conflict, Story, TimelineRow
from akhbar.stories.conflicts import date_interval

#: Each export format with the media type it is served as.
MEDIA_TYPES: Mapping[str, str] = MappingProxyType(
    {
        "json": "application/json",
        "csv": "text/csv; charset=utf-8",
        "timelinejs": "application/json",
        "md": "text/markdown; charset=utf-8",
    }
)
#: The file-name suffix of each format.
SUFFIXES: Mapping[str, str] = MappingProxyType(
    {"json": ".json", "csv": ".csv", "timelinejs": ".timeline.json", "md": ".md"}
)
FORMATS = tuple(MEDIA_TYPES)
#: The span layers an export reads from the articles (what ``Article.summary_dict`` shows).
EXPORT_LAYERS = ("body", "excluded", "credits")

CSV_COLUMNS = (
    "date",
    "precision",
    "event",
    "outlets",
    "sources",
    "article_ids",
    "citations",
    "conflict",
    "conflict_details",
)

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_WEEK = re.compile(r"^\d{4}-W\d{2}$")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^([#+\-=>]|\d+[.)])")


def check_format(fmt: str) -> str:
    """Return ``fmt`` when it is an export format, else raise ``InputError`` naming the formats."""
    if fmt not in MEDIA_TYPES:
        raise InputError(f"unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}")
    return fmt


def export_story(story: Story, articles: Sequence[Article], fmt: str) -> str:
    """The story in ``fmt`` (one of ``FORMATS``) as text; ``articles`` are its members (others are ignored).

    Sources are numbered in the story's article order: ``[2]`` in the Markdown report and in
    TimelineJS text is the second article of the story. A citation of an article not given keeps its
    article id in place of a number.
    """
    writer = _WRITERS[check_format(fmt)]
    return writer(_Export.of(story, articles))


def date_precision(value: str) -> str:
    """How precise a timeline date value is: ``day``, ``month``, ``year``, ``week`` or ``other``.

    >>> [date_precision(v) for v in ("2023-04-04", "2023-04", "2023", "2023-W14", "PRESENT_REF")]
    ['day', 'month', 'year', 'week', 'other']
    """
    if date_interval(value) is None:
        return "other"
    if _WEEK.match(value):
        return "week"
    return ("year", "month", "day")[value.count("-")] if _DATE.match(value) else "other"


@dataclass(frozen=True, slots=True)
class _Export:
    """A story with its member articles in story order and each article's source number."""

    story: Story
    articles: tuple[Article, ...]
    numbers: Mapping[str, int]

    @classmethod
    def of(cls, story: Story, articles: Sequence[Article]) -> _Export:
        by_id = {a.id: a for a in articles}
        members = tuple(by_id[aid] for aid in story.article_ids if aid in by_id)
        return cls(story, members, {a.id: i for i, a in enumerate(members, 1)})

    def ref(self, c: Citation) -> str:
        """``[n]``, the cited article's number in the source list (its id when it is not a member)."""
        return f"[{self.numbers.get(c.article_id, c.article_id)}]"

    def url(self, article_id: str) -> str | None:
        """The cited article's URL when it is a web address (never ``javascript:`` or a file path)."""
        number = self.numbers.get(article_id)
        url = self.articles[number - 1].url if number else None
        return url if url and url.startswith(("http://", "https://")) else None


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _conflict_label(conflict: Conflict) -> str:
    about = f" ({conflict.about})" if conflict.about else ""
    return f"Sources disagree on the {conflict.kind}{about}"


def _version_citations(row: TimelineRow, positions: Sequence[int]) -> list[Citation]:
    return [row.citations[i] for i in positions if 0 <= i < len(row.citations)]


# -- json -----------------------------------------------------------------------------------------


def _json(ex: _Export) -> str:
    body = {**ex.story.to_dict(), "articles": [a.summary_dict() for a in ex.articles]}
    return json.dumps(body, ensure_ascii=False, indent=2)


# -- csv ------------------------------------------------------------------------------------------


def _csv(ex: _Export) -> str:
    out = io.StringIO()
    out.write("\ufeff")  # a byte-order mark, so Excel reads the file as UTF-8 and shows the Arabic
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for row in ex.story.timeline:
        details = [
            f"{_conflict_label(c)}: "
            + " / ".join(
                f"{value} ({', '.join(x.article_id for x in _version_citations(row, ix))})"
                for value, ix in c.versions
            )
            for c in row.conflicts
        ]
        cells = [
            row.date,
            date_precision(row.date),
            _one_line(row.description),
            "; ".join(row.outlets),
            "; ".join(row.sources),
            "; ".join(dict.fromkeys(c.article_id for c in row.citations)),
            "; ".join(f"{c.article_id}:{c.start}-{c.end}" for c in row.citations),
            "yes" if row.conflict else "no",
            "; ".join(details),
        ]
        writer.writerow([_inert(cell) for cell in cells])
    return out.getvalue()


def _inert(cell: str) -> str:
    """A cell a spreadsheet shows as text: one starting like a formula gets a leading ``'`` (OWASP)."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


# -- timelinejs -----------------------------------------------------------------------------------


def _timelinejs(ex: _Export) -> str:
    """TimelineJS3 JSON: a title slide and one event per dated row; text fields are escaped HTML.

    A row dated to a month or a year gives a partial ``start_date`` (``{"year", "month"}``), a week
    gives its Monday to Sunday with the value as ``display_date``; a row whose date is not a calendar
    date cannot be placed on the time axis and is left out.
    """
    story = ex.story
    title_text = " ".join(f"{html.escape(_one_line(c.text))} {_cite_html(ex, c)}" for c in story.summary)
    events = [event for i, row in enumerate(story.timeline) if (event := _tl_event(ex, i, row))]
    timeline = {
        "title": {
            "text": {
                "headline": html.escape(story.title),
                "text": f"<p>{title_text}</p><p>{_tl_meta(ex)}</p>",
            }
        },
        "events": events,
    }
    return json.dumps(timeline, ensure_ascii=False, indent=2)


def _tl_meta(ex: _Export) -> str:
    outlets = "، ".join(ex.story.outlets)
    return html.escape(f"{ex.story.size} articles · {outlets}")


def _tl_event(ex: _Export, index: int, row: TimelineRow) -> dict[str, Any] | None:
    interval = date_interval(row.date)
    if interval is None:
        return None
    first, last = interval
    precision = date_precision(row.date)
    event: dict[str, Any] = {
        "start_date": _tl_date(first, precision),
        "text": {"headline": html.escape(_one_line(row.description)), "text": _tl_text(ex, row)},
        "unique_id": f"row-{index + 1}",
    }
    if precision == "week":
        event["end_date"] = _tl_date(last, "day")
        event["display_date"] = row.date
    if row.conflict:
        event["group"] = "conflicting sources"
    return event


def _tl_date(day: date, precision: str) -> dict[str, int]:
    parts = {"year": day.year, "month": day.month, "day": day.day}
    keep = {"year": 1, "month": 2}.get(precision, 3)
    return dict(list(parts.items())[:keep])


def _tl_text(ex: _Export, row: TimelineRow) -> str:
    cited = "".join(f"<p>«{html.escape(_one_line(c.text))}» {_cite_html(ex, c)}</p>" for c in row.citations)
    disputes = "".join(
        f"<p><strong>{html.escape(_conflict_label(c))}:</strong> "
        + "; ".join(
            f"{html.escape(value)} {' '.join(ex.ref(x) for x in _version_citations(row, ix))}"
            for value, ix in c.versions
        )
        + "</p>"
        for c in row.conflicts
    )
    return cited + disputes


def _cite_html(ex: _Export, c: Citation) -> str:
    label = html.escape(f"{ex.ref(c)} {c.outlet or '?'}{' (copy)' if c.copy_of else ''}")
    where = html.escape(f"{c.article_id} {c.start}-{c.end}")
    url = ex.url(c.article_id)
    if url is None:
        return f'<span class="cite" title="{where}">{label}</span>'
    return f'<a class="cite" href="{html.escape(url)}" title="{where}">{label}</a>'


# -- markdown -------------------------------------------------------------------------------------


def _markdown(ex: _Export) -> str:
    """A report to quote from: summary, timeline table, conflicts and numbered sources."""
    story = ex.story
    span = f"{story.first_date or '?'} – {story.last_date or '?'}"
    lines = [f"# {_md(story.title)}", "", f"{story.size} articles · {_md('، '.join(story.outlets))} · {span}"]
    if story.summary:
        lines += ["", "## Summary", "", " ".join(f"{_md(c.text)} {ex.ref(c)}" for c in story.summary)]
    lines += ["", "## Timeline", "", "| date | event | outlets | cited | conflict |", "|---|---|---|---|---|"]
    lines += [_md_row(ex, row) for row in story.timeline]
    conflicted = [row for row in story.timeline if row.conflicts]
    if conflicted:
        lines += ["", "## Conflicts"]
        for row in conflicted:
            lines += _md_conflicts(ex, row)
    lines += ["", "## Sources", ""]
    lines += [f"{i}. {_md_source(ex, a)}" for i, a in enumerate(ex.articles, 1)]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    r"""Article text as inert Markdown on one line: markup characters and ``|`` backslash-escaped.

    >>> print(_md("# عاجل | <b>خبر</b>"))
    \# عاجل \| \<b\>خبر\</b\>
    """
    escaped = _MD_SPECIAL.sub(r"\\\1", _one_line(text))
    return _MD_LINE_START.sub(r"\\\1", escaped)


def _md_row(ex: _Export, row: TimelineRow) -> str:
    cited = ", ".join(f"{ex.ref(c)} {c.start}-{c.end}" for c in row.citations)
    conflict = "; ".join(_md(c.kind) for c in row.conflicts) if row.conflict else ""
    cells = [_md(row.date), _md(row.description), _md("، ".join(row.outlets)), cited, conflict]
    return "| " + " | ".join(cells) + " |"


def _md_conflicts(ex: _Export, row: TimelineRow) -> list[str]:
    lines = ["", f"### {_md(row.date)}: {_md(row.description)}"]
    for conflict in row.conflicts:
        lines += ["", f"{_md(_conflict_label(conflict))}:", ""]
        for value, positions in conflict.versions:
            for c in _version_citations(row, positions):
                outlet = _md(c.outlet or "?")
                lines.append(f"- **{_md(value)}**: «{_md(c.text)}» ({outlet} {ex.ref(c)}, {c.start}-{c.end})")
    return lines


def _md_source(ex: _Export, a: Article) -> str:
    parts = [_md(a.outlet or "unknown outlet"), _md(a.title or "untitled"), str(a.pub_date or "date unknown")]
    url = ex.url(a.id)
    if url:
        parts.append(f"<{url}>" if not re.search(r"[\s<>]", url) else _md(url))
    if a.credits:
        parts.append("via " + _md(" ← ".join(a.credits)))
    if a.copy_of:
        copied = ex.numbers.get(a.copy_of)
        parts.append(f"copy of [{copied}]" if copied else f"copy of {_md(a.copy_of)}")
    parts.append(f"id {_md(a.id)}")
    return " — ".join(parts)


_WRITERS: Mapping[str, Callable[[_Export], str]] = MappingProxyType(
    {"json": _json, "csv": _csv, "timelinejs": _timelinejs, "md": _markdown}
)

"""A story's timeline: dated sentences of its articles, merged across sources, each row cited.

Baseline: a sentence is dated by the explicit dates it names (a day and month without a year takes
the year that puts it at or before the publication date; with no publication date it is left out).
Sentences of the same date that share most of their terms are one row citing every source.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from akhbar.model import Article, Citation, TimelineRow
from akhbar.stories.terms import terms
from akhbar.text.dates import find_dates
from akhbar.text.sentences import iter_sentences

_MERGE_JACCARD = 0.3
_MAX_DESCRIPTION = 240


@dataclass(frozen=True, slots=True)
class DatedSentence:
    """One sentence of one article, with the TIMEX-style value of a date it names."""

    value: str
    article: Article
    start: int
    end: int


def dated_sentences(article: Article) -> Iterator[DatedSentence]:
    """Sentences of the body (outside excluded regions) with the dates they name, in text order."""
    body = article.body
    for start, end in iter_sentences(article.text, body.start, body.end):
        if article.is_excluded(start, end):
            continue
        seen: set[str] = set()
        for match in find_dates(article.text, start, end):
            value = date_value(match.year, match.month, match.day, article.pub_date)
            if value and value not in seen:
                seen.add(value)
                yield DatedSentence(value, article, start, end)


def date_value(year: int | None, month: int | None, day: int | None, pub: date | None) -> str | None:
    """A TIMEX3-style value (``2022-01-26``, ``2021-12``, ``1997``); ``None`` when the year is unknowable.

    >>> date_value(None, 1, 26, date(2022, 2, 1)), date_value(None, 12, 17, date(2022, 2, 14))
    ('2022-01-26', '2021-12-17')
    >>> date_value(None, 1, 26, None) is None
    True
    """
    if year is None:
        if pub is None or month is None:
            return None
        year = pub.year
        if (month, day or 1) > (pub.month, pub.day):
            year -= 1
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def build_timeline(articles: Sequence[Article]) -> tuple[TimelineRow, ...]:
    """Rows sorted by date; each merges the sentences of one date that tell the same thing."""
    groups: dict[str, list[tuple[set[str], list[DatedSentence]]]] = {}
    for article in sorted(articles, key=lambda a: (a.pub_date or date.max, a.id)):
        for item in dated_sentences(article):
            words = set(terms(article.text[item.start : item.end]))
            rows = groups.setdefault(item.value, [])
            for row_words, members in rows:
                union = row_words | words
                if union and len(row_words & words) / len(union) >= _MERGE_JACCARD:
                    members.append(item)
                    row_words |= words
                    break
            else:
                rows.append((words, [item]))
    out = [_row(value, members) for value, rows in groups.items() for _, members in rows]
    return tuple(sorted(out, key=lambda r: (r.date, -len(r.citations))))


def _row(value: str, members: list[DatedSentence]) -> TimelineRow:
    citations = tuple(
        Citation(m.article.id, m.start, m.end, m.article.outlet, m.article.text[m.start : m.end])
        for m in members
    )
    outlets = tuple(dict.fromkeys(m.article.outlet or m.article.source for m in members))
    first = members[0]
    description = first.article.text[first.start : first.end]
    if len(description) > _MAX_DESCRIPTION:
        description = description[: _MAX_DESCRIPTION - 1].rstrip() + "…"
    return TimelineRow(date=value, description=description, citations=citations, outlets=outlets)

"""A story's timeline: the dated events of its articles, merged across sources, each row cited.

Each event of an article's ``events`` layer is a *mention*: its span (the citation), its date value,
and an ``EventKey`` (trigger lemma, participants, terms; see ``stories.conflicts``). Mentions are
grouped greedily, oldest article first:

1. A mention joins the group holding the mention it is most *related* to among those with a
   compatible date (equal, or one containing the other: ``2022-01`` and ``2022-01-26``). Related: the
   same trigger lemma with a shared participant or shared terms, or a shared participant with strongly
   overlapping terms (weighted by how rare each term is among the story's events), or terms alone
   overlapping very strongly. Two events cut from one sentence are never merged.
2. Failing that, it joins a group holding a mention of the *same event* from another source with an
   incompatible date (``conflicts.same_event``): one row, flagged as a conflict, both versions cited.
3. Else it starts a group.

Events whose date could not be resolved (``date`` ``None``: «يوم الأربعاء», «26 يناير» in an article
without a publication date) are then placed in the group they are most related to, when what their
words fix (a weekday, a day and month) fits that group's date; they cite with the date they get that
way, or ``None``. ``PRESENT_REF`` events date a statement, not an occurrence, and are left out.

A row's date is the narrowest date of its first version; its description is a cleaned clause of its
best-supported citation; ``outlets`` carried it and ``sources`` are those that are not copies. Without
an ``events`` layer an article falls back to the sentences naming explicit dates (``dated_sentences``).
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from akhbar.model import Article, Citation, TimelineRow
from akhbar.stories.conflicts import (
    EventKey,
    Hint,
    compatible,
    date_conflict,
    date_interval,
    event_key,
    figures,
    number_conflicts,
    same_event,
    shared_names,
    width,
)
from akhbar.text.dates import find_dates, find_weekdays
from akhbar.text.sentences import iter_sentences

_MAX_DESCRIPTION = 180
_SHORT_DESCRIPTION = 100
_CLAUSE_BREAK = re.compile(r"[،,;؛:]")
_DATELINE = re.compile(r"\s*\([^()]{0,120}\)\s*")
_NAME_LABELS = ("PERS", "ORG", "LOC")


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


@dataclass(frozen=True, slots=True)
class Mention:
    """One event as one article tells it: the cited span, its date (or a hint) and its key."""

    article: Article
    start: int
    end: int
    value: str | None
    hint: Hint | None
    key: EventKey
    sentence: tuple[int, int]
    stamp: tuple[int, int]
    trigger: tuple[int, int] | None
    skip: tuple[tuple[int, int], ...]

    @property
    def origin(self) -> str:
        """The article a copy copies, else the article itself: copies never confirm or contradict."""
        return self.article.copy_of or self.article.id


def event_mentions(article: Article) -> list[Mention]:
    """The mentions of an article's events (or of its dated sentences, without an ``events`` layer)."""
    text = article.text
    sentences = sorted((s.start, s.end) for s in article.spans("sentences")) or list(
        iter_sentences(text, article.body.start, article.body.end)
    )
    names = [
        (e.start, e.end, e.label, str(e.attrs.get("canonical") or text[e.start : e.end]))
        for e in article.spans("entities")
        if e.label in _NAME_LABELS
    ]
    timex = [(t.start, t.end) for t in article.spans("timex")]
    out = []
    if "events" not in article.layers:
        for item in dated_sentences(article):
            stamp = next(
                ((d.start, d.end) for d in find_dates(text, item.start, item.end)), (item.start, item.start)
            )
            out.append(
                _mention(article, sentences, names, timex, item.start, item.end, item.value, None, stamp)
            )
        return out
    for event in article.spans("events"):
        value = event.attrs.get("date")
        if (value and date_interval(str(value)) is None) or article.is_excluded(event.start, event.end):
            continue
        ts, te = event.attrs.get("timex_start"), event.attrs.get("timex_end")
        trig = (
            (event.attrs["trigger_start"], event.attrs["trigger_end"]) if event.attrs.get("trigger") else None
        )
        stamp = (int(ts), int(te)) if ts is not None and te is not None else (event.start, event.start)
        out.append(_mention(article, sentences, names, timex, event.start, event.end, value, trig, stamp))
    return out


def _mention(
    article: Article,
    sentences: Sequence[tuple[int, int]],
    names: Sequence[tuple[int, int, str, str]],
    timex: Sequence[tuple[int, int]],
    start: int,
    end: int,
    value: str | None,
    trigger: tuple[int, int] | None,
    stamp: tuple[int, int],
) -> Mention:
    i = bisect.bisect_right(sentences, (start, 1 << 62)) - 1
    sentence = sentences[i] if i >= 0 and sentences[i][1] >= end else (start, end)
    inside = [n for n in names if sentence[0] <= n[0] and n[1] <= sentence[1]]
    skip = tuple(t for t in timex if sentence[0] <= t[0] < sentence[1]) or (stamp,)
    clause = _clause(article.text, start, end, trigger[0] if trigger else stamp[0])
    key = event_key(article.text, span=(start, end), clause=clause, trigger=trigger, names=inside, skip=skip)
    hint = None if value else _hint(article.text, *stamp)
    return Mention(article, start, end, value, hint, key, sentence, stamp, trigger, skip)


def _clause(text: str, start: int, end: int, anchor: int) -> tuple[int, int]:
    """The stretch of ``[start, end)`` between the clause breaks around ``anchor``."""
    lo, hi = start, end
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.start() < anchor:
            lo = m.end()
        else:
            hi = m.start()
            break
    return lo, hi


def _hint(text: str, start: int, end: int) -> Hint:
    days = find_dates(text, start, end)
    weekdays = find_weekdays(text, start, end)
    weekday = weekdays[0].weekday if weekdays else None
    if days and days[0].calendar == "gregorian":
        return Hint(days[0].month, days[0].day, weekday)
    return Hint(weekday=weekday)


class _Relations:
    """How related two mentions are, with terms weighted by their rarity among the story's mentions."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        df = Counter(t for m in mentions for t in m.key.terms)
        n = len(mentions)
        self.idf = {t: math.log((n + 1) / (c + 1)) + 1 for t, c in df.items()}

    def _weighted(self, a: frozenset[str], b: frozenset[str]) -> float:
        if not a or not b:
            return 0.0
        w = self.idf.get
        shared = sum(w(t, 1.0) for t in a & b)
        return shared / min(sum(w(t, 1.0) for t in a), sum(w(t, 1.0) for t in b))

    def score(self, a: Mention, b: Mention, *, strict: bool = False) -> float:
        """0 when unrelated, else a score for picking the best group (module docstring, step 1)."""
        shared = len(a.key.terms & b.key.terms)
        trig = bool(a.key.trigger) and a.key.trigger == b.key.trigger
        if (shared < 2 and not trig) or (a.article.id == b.article.id and a.sentence == b.sentence):
            return 0.0
        t = self._weighted(a.key.terms, b.key.terms)
        p = shared_names(a.key.participants, b.key.participants)
        if strict:  # an unresolved date that fixes nothing: only strong evidence places it
            related = (trig and p >= 1 and t >= 0.3) or (p >= 2 and shared >= 4 and t >= 0.5)
        else:
            related = (
                (trig and (p >= 1 or (shared >= 2 and t >= 0.3)))
                or (p >= 1 and shared >= 3 and t >= 0.4)
                or (shared >= 4 and t >= 0.6)
            )
        return t + 0.2 * min(p, 3) + 0.5 * trig if related else 0.0


def _group(dated: Sequence[Mention], relations: _Relations) -> list[list[Mention]]:
    groups: list[list[Mention]] = []
    for m in dated:
        best: list[Mention] | None = None
        best_score = 0.0
        rival: list[Mention] | None = None
        for g in groups:
            for other in g:
                if compatible(m.value or "", other.value or ""):
                    score = relations.score(m, other)
                    if score > best_score:
                        best, best_score = g, score
                elif rival is None and _may_contradict(m, other, g):
                    rival = g
        target = best or rival
        if target is None:
            groups.append([m])
        else:
            target.append(m)
    return groups


def _may_contradict(m: Mention, other: Mention, group: Sequence[Mention]) -> bool:
    if m.origin == other.origin or not same_event(m.key, other.key):
        return False
    # an article that dates the event one way is not contradicted by itself in the same group
    return all(compatible(m.value or "", x.value or "") for x in group if x.origin == m.origin)


def _place(undated: Sequence[Mention], groups: list[list[Mention]], relations: _Relations) -> dict[int, str]:
    """Put unresolved mentions into groups; return the date each placed one gets, by ``id`` of the mention."""
    given: dict[int, str] = {}
    for m in undated:
        hint = m.hint or Hint()
        best: tuple[float, list[Mention], str | None] | None = None
        for g in groups:
            for other in g:
                if other.value is None:
                    continue
                fits, value = hint.place(other.value)
                # words that pin nothing about this date («الشهر الماضي» against 2021) need strong evidence
                score = relations.score(m, other, strict=value is None) if fits else 0.0
                if score > 0 and (best is None or score > best[0]):
                    best = (score, g, value)
        if best is not None:
            best[1].append(m)
            if best[2]:
                given[id(m)] = best[2]
    return given


def build_timeline(articles: Sequence[Article]) -> tuple[TimelineRow, ...]:
    """Rows sorted by date; each is one event told by one or more sources (module docstring)."""
    ordered = sorted(articles, key=lambda a: (a.pub_date or date.max, a.copy_of is not None, a.id))
    mentions = [m for a in ordered for m in event_mentions(a)]
    relations = _Relations(mentions)
    groups = _group([m for m in mentions if m.value], relations)
    given = _place([m for m in mentions if not m.value], groups, relations)
    rows = [_row(g, given, relations) for g in groups]
    return tuple(sorted(rows, key=_row_order))


def _row_order(row: TimelineRow) -> tuple[date, int, int]:
    span = date_interval(row.date)
    return (span[0] if span else date.max, width(row.date), -len(row.citations))


def _row(members: Sequence[Mention], given: dict[int, str], relations: _Relations) -> TimelineRow:
    # by date; the sort is stable, so articles of one date stay oldest first, originals before copies
    group = sorted(members, key=lambda m: _day_order(m.value or given.get(id(m))))
    dates = [m.value or given.get(id(m)) for m in group]
    origins = [m.origin for m in group]
    conflicts = []
    if (dated := date_conflict(dates, origins)) is not None:
        conflicts.append(dated)
    counted = [figures(m.article.text, m.start, m.end, m.skip) for m in group]
    conflicts.extend(number_conflicts(counted, origins))
    first = dated.versions[0][1] if dated else range(len(group))
    row_date = min((d for i in first if (d := dates[i])), key=width)
    lead = max(
        (i for i in range(len(group)) if dates[i] and compatible(dates[i] or "", row_date)),
        key=lambda i: (
            sum(relations.score(group[i], m) for m in group),
            group[i].article.copy_of is None,
            group[i].value is not None,
            -i,
        ),
    )
    citations = tuple(
        Citation(
            m.article.id,
            m.start,
            m.end,
            m.article.outlet,
            m.article.text[m.start : m.end],
            date=d,
            copy_of=m.article.copy_of,
        )
        for m, d in zip(group, dates, strict=True)
    )
    return TimelineRow(
        date=row_date,
        description=describe(group[lead]),
        citations=citations,
        outlets=tuple(dict.fromkeys(_outlet(m.article) for m in group)),
        conflict=bool(conflicts),
        sources=tuple(dict.fromkeys(_outlet(m.article) for m in group if m.article.copy_of is None)),
        conflicts=tuple(conflicts),
    )


def _day_order(value: str | None) -> date:
    span = date_interval(value)
    return span[0] if span else date.max


def _outlet(article: Article) -> str:
    return article.outlet or article.source


def describe(mention: Mention) -> str:
    """A short description from a mention's own words: its span, without a leading dateline, cut to size.

    A long span is narrowed to the clauses from the event's date or trigger, whichever comes first, to
    the first clause break past both once the text is long enough; then it is cut at a word.
    """
    text = mention.article.text
    start, end = mention.start, mention.end
    if dateline := _DATELINE.match(text, start, end):
        start = dateline.end()
    if end - start > _MAX_DESCRIPTION:
        marks = [mention.stamp, *([mention.trigger] if mention.trigger else [])]
        start = max(start, _clause(text, start, end, min(s for s, _ in marks))[0])
        past = max(e for _, e in marks)
        breaks = (m.start() for m in _CLAUSE_BREAK.finditer(text, start, end))
        end = next((b for b in breaks if b >= past and b - start >= _SHORT_DESCRIPTION), end)
    clean = " ".join(text[start:end].split()).strip(" ،,;؛:.")
    if len(clean) > _MAX_DESCRIPTION:
        clean = clean[: _MAX_DESCRIPTION - 1].rsplit(" ", 1)[0].rstrip(" ،,;؛:") + "…"
    return clean
